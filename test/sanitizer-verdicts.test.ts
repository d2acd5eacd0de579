/**
 * One corpus through both sanitizers (issue 13): scripts/build-hostile-fixtures.ts runs each
 * payload of test/fixtures/hostile/corpus.ts through marked, the shared check and the build's
 * sanitizer (sanitize-html, in Node) and writes the verdicts; here the same HTML goes through
 * the shared check and the browser's sanitizer (DOMPurify, in each engine). The verdicts,
 * reject or accept, must be identical; and wherever the two sanitizers alone would disagree
 * (DOMPurify returns '' for a <frameset> without calling its hooks), the shared check must be
 * what rejects.
 */
import { expect } from '@open-wc/testing';
import { checkHtml } from '../src/content/html-check.js';
import { sanitizeInBrowser } from '../src/content/sanitize-browser.js';

interface Verdict {
  name: string;
  html: string;
  checked: boolean;
  sanitizer: boolean;
  rejected: boolean;
}
const response = await fetch(new URL('./fixtures/generated/sanitizer-verdicts.json', import.meta.url));
if (!response.ok) throw new Error('test/fixtures/generated/ is missing: run `npx tsx scripts/build-hostile-fixtures.ts` (npm run test:browser does).');
const { verdicts } = (await response.json()) as { verdicts: Verdict[] };

describe('one corpus through both sanitizers', () => {
  it(`${verdicts.length} payloads: the browser rejects exactly what the build rejects`, () => {
    const differ: string[] = [];
    const uncovered: string[] = [];
    for (const v of verdicts) {
      const checked = checkHtml(v.html).length > 0;
      const sanitizer = sanitizeInBrowser(v.html).rejected.length > 0;
      if ((checked || sanitizer) !== v.rejected) differ.push(`${v.name}: build ${v.rejected ? 'rejects' : 'accepts'}, browser ${checked || sanitizer ? 'rejects' : 'accepts'}: ${v.html.slice(0, 120)}`);
      if (sanitizer !== v.sanitizer && !checked) uncovered.push(`${v.name}: sanitize-html ${v.sanitizer}, DOMPurify ${sanitizer}, and the shared check passes it: ${v.html.slice(0, 120)}`);
    }
    expect(differ, 'verdicts that differ').to.deep.equal([]);
    expect(uncovered, 'sanitizer disagreements the shared check does not settle').to.deep.equal([]);
    expect(verdicts.filter((v) => v.rejected).length, 'the corpus is mostly hostile').to.be.greaterThan(verdicts.length / 2);
  });
});
