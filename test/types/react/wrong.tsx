// Wrong usage: each element below the @ts-expect-error comment must be a type error (tsc reports
// an unused @ts-expect-error, so this file fails when one of them stops being an error).
// One mistake per element, each element on one line, so the error is on the marked line.
export function Wrong() {
  return (
    <>
      {/* @ts-expect-error: not an audience */}
      <eg-implications audience="bogus" />
      {/* @ts-expect-error: not a print mode */}
      <eg-implications print="everything" />
      {/* @ts-expect-error: not a number */}
      <eg-implications heading-level="three" />
      {/* @ts-expect-error: not a theme */}
      <eg-implications theme="purple" />
      {/* @ts-expect-error: a getter, not a prop (React would throw setting it) */}
      <eg-implications shownAudience="local" />
      {/* @ts-expect-error: the event is an Event with .audience, not a CustomEvent with .detail */}
      <eg-implications oneg-audience-change={(event: CustomEvent<{ audience: string }>) => console.log(event.detail.audience)} />
      {/* @ts-expect-error: AudienceChangeEvent has no detail */}
      <eg-implications oneg-audience-change={(event) => console.log(event.detail)} />
      {/* @ts-expect-error: DefinitionToggleEvent has no audience */}
      <eg-glossary-term oneg-definition-toggle={(event) => console.log(event.audience)} />
      {/* @ts-expect-error: not a print mode */}
      <eg-glossary-term print="never" />
      {/* @ts-expect-error: not a number */}
      <eg-key-findings src-timeout="soon" />
      {/* @ts-expect-error: a getter, not a prop */}
      <eg-evidence-rating effectiveWording="robust evidence" />
      {/* @ts-expect-error: not an evidence level */}
      <eg-evidence-rating level="high" />
      {/* @ts-expect-error: not an evidence level */}
      <eg-key-findings min-level="high" />
      {/* @ts-expect-error: not an order */}
      <eg-key-findings order="newest" />
      {/* @ts-expect-error: not a number */}
      <eg-provenance age-notice-years="five" />
      {/* @ts-expect-error: CitationCopyEvent has no href */}
      <eg-references oneg-citation-copy={(event) => console.log(event.href)} />
      {/* @ts-expect-error: not an attribute of any widget */}
      <eg-summary summry="early-years-integration" />
    </>
  );
}
