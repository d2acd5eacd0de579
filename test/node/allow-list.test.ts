/**
 * One allow-list, two sanitizers: the build's (sanitize-html, scripts/lib/sanitize.ts) and the
 * browser's for `src` files (DOMPurify, src/content/sanitize-browser.ts). Both are checked
 * against the same cases in test/fixtures/allow-list-cases.json: this test proves the file
 * holds exactly what the build's sanitizer keeps and reports for each input, and
 * test/allow-list.test.ts proves the browser's sanitizer keeps and reports the same, in
 * real browsers.
 *
 * After a deliberate change to the allow-list or the build's sanitizer, rewrite the file
 * with `EG_WRITE_ALLOW_LIST_CASES=1 node --import tsx --test test/node/allow-list.test.ts`,
 * then check the diff and run the browser test.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { sanitizeForBuild } from '../../scripts/lib/sanitize.js';
import { ALLOWED_URL_PATTERN, urlRejection } from '../../src/content/allow-list.js';
import { root } from './support.js';

interface Case {
  name: string;
  input: string;
  /** What the build's sanitizer gives: the kept HTML and what it reports removing. */
  build: { html: string; rejected: string[] };
}

const FILE = join(root, 'test/fixtures/allow-list-cases.json');
let cases = JSON.parse(readFileSync(FILE, 'utf8')) as Case[];
if (process.env.EG_WRITE_ALLOW_LIST_CASES) {
  cases = cases.map(({ name, input }) => ({ name, input, build: sanitizeForBuild(input) }));
  writeFileSync(FILE, `${JSON.stringify(cases, null, 2)}\n`);
}

describe('the allow-list cases (test/fixtures/allow-list-cases.json)', () => {

  test('cover allowed markup, every kind of rejection and hostile input', () => {
    assert.ok(cases.length >= 40, `only ${cases.length} cases`);
    assert.ok(cases.filter((c) => c.build.rejected.length === 0).length >= 10, 'too few allowed cases');
    assert.ok(cases.filter((c) => c.build.rejected.length > 0).length >= 25, 'too few rejected cases');
    assert.equal(new Set(cases.map((c) => c.name)).size, cases.length, 'case names are unique');
  });

  for (const c of cases) {
    test(`the build's sanitizer: ${c.name}`, () => {
      assert.deepEqual(sanitizeForBuild(c.input), c.build);
    });
  }
});

describe('the URL rule, as a function and as a pattern, agree', () => {
  const values = [
    'https://example.org/', 'http://x', 'mailto:a@b.c', 'HTTPS://X', '/page', '#id', 'page.html', '?q=1', '',
    'javascript:alert(1)', 'JaVaScRiPt:x', ' javascript:x', 'java\tscript:x', 'data:text/html,x', 'vbscript:x', 'ftp://x',
    '//evil.example', '\\\\evil.example', '/\\evil.example', ' //evil', 'tel:123', 'x:y',
  ];
  for (const v of values) {
    test(JSON.stringify(v), () => {
      const compact = v.replace(/[\u0000-\u0020\u00a0\u1680\u180e\u2000-\u2029\u205f\u3000]/g, '');
      assert.equal(ALLOWED_URL_PATTERN.test(compact), urlRejection(v) === undefined);
    });
  }
});
