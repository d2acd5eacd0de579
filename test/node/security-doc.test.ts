/**
 * SECURITY.md states exactly what the allow-list permits (src/content/allow-list.ts), so the
 * document cannot drift from the code: every element, every attribute of every element, the
 * URL attributes and the link schemes, no more and no fewer. Also: the policy it gives is the
 * README's, and it names both Trusted Types policies (Lit's, and DOMPurify's for `src`).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { ALLOWED_ATTRIBUTES, ALLOWED_TAGS, ALLOWED_URL_SCHEMES, URL_ATTRIBUTES } from '../../src/content/allow-list.js';
import { root } from './support.js';

const doc = readFileSync(join(root, 'SECURITY.md'), 'utf8');

/** The text of the `## heading` section, up to the next `## `. */
function section(heading: string): string {
  const start = doc.indexOf(`\n## ${heading}\n`);
  assert.ok(start >= 0, `SECURITY.md has a "## ${heading}" section`);
  const end = doc.indexOf('\n## ', start + 1);
  return doc.slice(start, end < 0 ? undefined : end);
}

/** The backticked words on the line that starts with `prefix`. */
function codesOnLine(text: string, prefix: string): string[] {
  const line = text.split('\n').find((l) => l.startsWith(prefix));
  assert.ok(line, `a line starting "${prefix}"`);
  return [...line.slice(prefix.length).matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
}

const sorted = (list: readonly string[]) => [...list].sort();

describe('SECURITY.md', () => {
  const allowList = section('What the allow-list permits');

  test('lists exactly the allowed elements', () => {
    assert.deepEqual(sorted(codesOnLine(allowList, 'Elements:')), sorted(ALLOWED_TAGS));
  });

  test('lists exactly the allowed attributes of each element', () => {
    const rows = allowList.split('\n').filter((l) => /^\| `[a-z0-9]+` \|/.test(l));
    const documented = Object.fromEntries(
      rows.map((row) => {
        const [element, attributes] = row.split('|').slice(1, 3).map((cell) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!));
        return [element![0]!, sorted(attributes!)];
      }),
    );
    const actual = Object.fromEntries(Object.entries(ALLOWED_ATTRIBUTES).map(([tag, attrs]) => [tag, sorted(attrs)]));
    assert.deepEqual(documented, actual);
  });

  test('lists exactly the URL attributes and the allowed schemes', () => {
    assert.deepEqual(sorted(codesOnLine(allowList, 'URL attributes:').filter((c) => !c.endsWith(':') && !c.includes('/') && !c.includes('#') && !c.includes('&'))), sorted(URL_ATTRIBUTES));
    const schemes = [...allowList.matchAll(/`([a-z][a-z0-9+.-]*):`/g)].map((m) => m[1]!);
    assert.deepEqual(sorted(schemes), sorted(ALLOWED_URL_SCHEMES));
  });

  test('the self-check: a list that drifted is caught', () => {
    assert.notDeepEqual(sorted(codesOnLine('Elements: `p`, `script`', 'Elements:')), sorted(ALLOWED_TAGS));
  });

  test('gives the README policy, and the Trusted Types names the code creates', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const policy = /Content-Security-Policy: [^\n]+/.exec(readme)?.[0];
    assert.ok(policy && doc.includes(policy), `SECURITY.md repeats the README's policy: ${policy}`);
    assert.match(doc, /\*\*`lit-html`\*\*/);
    assert.match(doc, /\*\*`dompurify`\*\*/, 'the src runtime sanitizes with DOMPurify, whose Trusted Types policy is named dompurify');
  });

  test('says how to report a problem, privately', () => {
    const report = section('Reporting a problem');
    assert.match(report, /privately/);
    assert.doesNotMatch(report, /@[a-z0-9-]+\.[a-z]/i, 'no invented e-mail address');
  });
});
