/**
 * One allow-list, two sanitizers: the browser's (DOMPurify, src/content/sanitize-browser.ts,
 * used for `src` files) keeps and reports the same as the build's (sanitize-html), for every
 * case in test/fixtures/allow-list-cases.json. test/node/allow-list.test.ts proves that file
 * holds exactly what the build's sanitizer gives.
 */
import { expect } from '@open-wc/testing';
import { sanitizeInBrowser } from '../src/content/sanitize-browser.js';

interface Case {
  name: string;
  input: string;
  build: { html: string; rejected: string[] };
}

/** HTML as this browser serializes it, so `<br />` and `<br>` (and attribute quoting) compare equal. */
function normal(html: string): string {
  const t = document.createElement('template');
  t.innerHTML = html;
  return t.innerHTML;
}

/** Elements the HTML parser adds by itself (sanitize-html's parser does not): named only by the browser. */
const PARSER_ADDED = ['the element "<tbody"'];

describe('the browser sanitizer and the build sanitizer, on the same cases', () => {
  let cases: Case[] = [];
  before(async () => {
    cases = (await (await fetch('/test/fixtures/allow-list-cases.json')).json()) as Case[];
    expect(cases.length).to.be.above(40);
  });

  it('keep the same HTML for every case', () => {
    const differ = cases
      .map((c) => ({ c, got: sanitizeInBrowser(c.input).html }))
      .filter(({ c, got }) => normal(got) !== normal(c.build.html))
      .map(({ c, got }) => `${c.name}: browser ${JSON.stringify(got)}, build ${JSON.stringify(c.build.html)}`);
    expect(differ, differ.join('\n')).to.deep.equal([]);
  });

  it('reject the same cases, and report the same first problem (the one the author is pointed to) and every one the build names', () => {
    const differ: string[] = [];
    for (const c of cases) {
      const { rejected } = sanitizeInBrowser(c.input);
      const want = c.build.rejected;
      if ((rejected.length === 0) !== (want.length === 0) || rejected[0] !== want[0]) {
        differ.push(`${c.name}: browser ${JSON.stringify(rejected)}, build ${JSON.stringify(want)}`);
        continue;
      }
      const missing = want.filter((w) => !rejected.includes(w));
      const extra = rejected.filter((r) => !want.includes(r) && !PARSER_ADDED.includes(r));
      if (missing.length || extra.length) differ.push(`${c.name}: browser misses ${JSON.stringify(missing)}, adds ${JSON.stringify(extra)}`);
    }
    expect(differ, differ.join('\n')).to.deep.equal([]);
  });

  it('never lets an event handler, a script or a javascript: URL through, whatever the case', () => {
    for (const c of cases) {
      const t = document.createElement('template');
      t.innerHTML = sanitizeInBrowser(c.input).html;
      const elements = [...t.content.querySelectorAll('*')];
      expect(elements.filter((e) => !['p', 'br', 'em', 'strong', 'b', 'i', 'code', 'abbr', 'cite', 'q', 'sub', 'sup', 'ul', 'ol', 'li', 'blockquote', 'a', 'h4', 'h5', 'h6'].includes(e.localName)), c.name).to.deep.equal([]);
      for (const e of elements) {
        for (const a of e.attributes) {
          expect(a.name.startsWith('on'), `${c.name}: ${a.name}`).to.equal(false);
          expect(/^\s*(javascript|vbscript|data):/i.test(a.value.replace(/[\u0000-\u0020]/g, '')), `${c.name}: ${a.value}`).to.equal(false);
        }
      }
    }
  });
});
