import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
// React components generated from the manifest with @lit/react: properties are set as
// properties, and each event is an onEg… prop typed with the event's own class.
import { EgImplications, EgKeyFindings } from 'evidence-guidance/react';

function App() {
  const [audience, setAudience] = useState('none');
  return (
    <main>
      <h1>evidence-guidance in React</h1>
      <p>
        Audience chosen: <output id="chosen-audience">{audience}</output>
      </p>
      <EgKeyFindings summary="early-years-integration" theme="govuk" headingLevel={2} />
      <EgImplications summary="early-years-integration" theme="govuk" onEgAudienceChange={(event) => setAudience(event.audience)} />
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
