// A server component: the page is rendered on the server, then hydrated.
import { Implications } from './implications.jsx';

export default function Page() {
  return (
    <main>
      <h1>evidence-guidance in Next.js</h1>
      {/* A widget written as a plain custom element: it needs no handler, so no wrapper. */}
      <eg-key-findings summary="early-years-integration" theme="govuk" heading-level="2"></eg-key-findings>
      <Implications />
    </main>
  );
}
