/**
 * The build's side of issue 13: the same limit and fail-closed cases as the browser's `src`
 * test (test/fixtures/hostile/limits.ts), compiled as `npm run build:content` compiles
 * content/: markup HTML parsers drop silently is rejected at its line, deep nesting is named
 * at its line, diagnostics stay linear and capped, and a file marked is slow on fails the
 * build within the time limit instead of hanging it.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { compileText, compileTextWithin } from '../../scripts/lib/compile.js';
import { sanitizeForBuild } from '../../scripts/lib/sanitize.js';
import { checkHtml } from '../../src/content/html-check.js';
import { MAX_LISTED } from '../../src/content/limits.js';
import { LIMIT_ANCHOR, LIMIT_CASES, limitSummary, lineOf } from '../fixtures/hostile/limits.js';

const base = readFileSync(new URL('../fixtures/src/our-summary.md', import.meta.url), 'utf8');
const file = (id: string) => `test/fixtures/generated/${id}.md`;

describe('limits and fail-closed rules in the build', () => {
  for (const c of LIMIT_CASES.filter((c) => c.outcome !== 'slow-or-shown')) {
    test(`${c.id}: rejected, with a problem at the line of ${JSON.stringify(c.at)}`, () => {
      const text = limitSummary(base, c);
      const result = compileText(text, file(c.id));
      assert.equal(result.summary, undefined);
      const line = lineOf(text, c.at!);
      assert.ok(result.diagnostics.some((d) => d.line === line), result.diagnostics.map((d) => `${d.line}: ${d.message}`).join('\n'));
      assert.equal(result.unreadable ?? false, c.outcome === 'unreadable');
      assert.ok(result.diagnostics.length <= MAX_LISTED + 1);
    });
  }

  test('sanitize-html alone would have dropped some of these without a word: the shared check is what rejects them', () => {
    // Why the check exists: what each sanitizer says on its own (the build's, here).
    const silent = ['<frameset><frame src="x.html"></frameset>', '<![CDATA[ hidden ]]>', '<?xml version="1.0"?>', '<!DOCTYPE html>', '</div>'].filter(
      (h) => sanitizeForBuild(`<p>a</p>${h}`).rejected.length === 0,
    );
    for (const h of silent) assert.ok(checkHtml(`<p>a</p>${h}`).length > 0, h);
  });

  test('diagnostics grow linearly: 4x the rejected elements takes well under 16x the time', () => {
    const time = (n: number) => {
      const text = base.replace(LIMIT_ANCHOR, '<s>'.repeat(n));
      const started = performance.now();
      const result = compileText(text, file('limits-tags'));
      const ms = performance.now() - started;
      assert.equal(result.diagnostics.length, MAX_LISTED + 1);
      assert.match(result.diagnostics.at(-1)!.message, new RegExp(`…and ${n + 1 - MAX_LISTED} more problems`));
      return ms;
    };
    time(5_000); // warm up
    const small = Math.max(time(20_000), 5);
    const large = time(80_000);
    assert.ok(large < small * 8, `20,000: ${small.toFixed(0)} ms; 80,000: ${large.toFixed(0)} ms`);
    assert.ok(large < 2_000, `80,000 rejected elements took ${large.toFixed(0)} ms`);
  });

  test('a file marked is slow on fails within the time limit, with a message naming it', async () => {
    const c = LIMIT_CASES.find((x) => x.id === 'limits-emphasis')!;
    const started = performance.now();
    const result = await compileTextWithin(limitSummary(base, c), file(c.id), 1_000);
    assert.ok(performance.now() - started < 15_000);
    assert.equal(result.summary, undefined);
    assert.match(result.diagnostics[0]!.message, /took longer than 1000 ms, the limit/);
  });

  test('a valid file compiles the same within the limit as without it', async () => {
    const text = base.replace(/^id: .*$/m, 'id: our-summary');
    const within = await compileTextWithin(text, 'test/fixtures/src/our-summary.md');
    assert.deepEqual(within, compileText(text, 'test/fixtures/src/our-summary.md'));
    assert.ok(within.summary);
  });
});
