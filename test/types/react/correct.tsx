// Correct usage: must compile. Attribute values are written as in HTML ("3") or as numbers;
// event handlers get the library's event classes.
import { useRef } from 'react';
import type { AudienceFilter, CitationCopyMethod, EgImplications } from 'evidence-guidance';

export function Correct() {
  const implications = useRef<EgImplications>(null);
  const audiences: AudienceFilter[] = [];
  const methods: CitationCopyMethod[] = [];
  return (
    <>
      <eg-summary summary="early-years-integration" heading-level="2" theme="govuk" />
      <eg-key-findings summary="early-years-integration" min-level="moderate" heading-level={3} />
      <eg-finding summary="early-years-integration" finding="combined-approaches" />
      <eg-evidence-rating level="strong" wording="robust evidence" wording-lang="en" />
      <eg-evidence-rating summary="early-years-integration" finding="combined-approaches" />
      <eg-evidence-rating ungraded />
      <eg-implications
        ref={implications}
        summary="early-years-integration"
        audience="local"
        print="as-shown"
        heading-level="3"
        theme="high-contrast"
        oneg-audience-change={(event) => audiences.push(event.audience)}
      />
      <eg-implications src="/guidance/our-summary.md" src-timeout="5000" src-max-bytes={262144} audience="all" />
      <eg-glossary-term
        summary="early-years-integration"
        term="tiers-of-need"
        open
        print="as-shown"
        oneg-definition-toggle={(event) => console.log(event.term, event.open ? 'open' : 'closed')}
      >
        tiers of need
      </eg-glossary-term>
      <eg-references
        summary="early-years-integration"
        reference="lord-2008"
        oneg-reference-follow={(event) => console.log(event.referenceId, event.href)}
        oneg-citation-copy={(event) => methods.push(event.method)}
      />
      <eg-provenance summary="early-years-integration" age-notice-years="5" heading-level={4} />
      <eg-stakeholder-views summary="early-years-integration" view="staffing-levels" />
      <eg-what-works summary="early-years-integration" class="wide" id="what-works" />
      <eg-evidence-gaps summary="early-years-integration" theme="dark" />
      <eg-evidence-gap summary="early-years-integration" gap="rigorous-studies" />
      <eg-evidence-caveat summary="early-years-integration" theme="nhs">
        <p>Inline content</p>
      </eg-evidence-caveat>
    </>
  );
}
