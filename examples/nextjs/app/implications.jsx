'use client';
// evidence-guidance/react's components (made with @lit/react) add their event listeners in an
// effect, which runs after hydration too: React 19 alone does not attach on… props to custom
// elements while it hydrates, so a plain <eg-implications oneg-audience-change> would miss
// the first change.
import { useState } from 'react';
import { EgImplications } from 'evidence-guidance/react';
// Registers <eg-key-findings>, which page.jsx uses as a plain element (a component registers
// its own element; register the others you use as plain elements yourself).
import 'evidence-guidance/components/eg-key-findings.js';

export function Implications() {
  const [audience, setAudience] = useState('none');
  return (
    <>
      <p>
        Audience chosen: <output id="chosen-audience">{audience}</output>
      </p>
      <EgImplications summary="early-years-integration" theme="govuk" onEgAudienceChange={(event) => setAudience(event.audience)} />
    </>
  );
}
