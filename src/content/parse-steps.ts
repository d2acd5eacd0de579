/**
 * The steps of reading a summary file that need neither marked nor the YAML parser: the
 * {@link Draft} that `draftSummary` (in `parse.ts`) makes, sanitizing its HTML, and completing
 * it. The `src` runtime runs `draftSummary` in a worker and these on the main thread (the
 * sanitizer needs the DOM), so this module keeps marked and the YAML parser out of the
 * runtime's main-thread chunk.
 */
import type { ContentDiagnostic } from './diagnostics.js';
import { MAX_LISTED } from './limits.js';
import type { Summary } from './types.js';

/** Cleans HTML with the allow-list and reports what it had to remove. */
export type HtmlSanitizer = (html: string) => { html: string; rejected: string[] };

export interface ParseResult {
  /** The summary, when there were no errors. */
  summary?: Summary;
  diagnostics: ContentDiagnostic[];
  /** True when the Markdown parser itself failed on the file (see {@link Draft}). */
  unreadable?: boolean;
}

/**
 * Where one piece of the summary's HTML came from, and the HTML itself (empty when the
 * shared check, `checkHtml`, already rejected it). The draft's HTML fields hold a
 * placeholder for each, which {@link completeSummary} replaces with the sanitized HTML.
 */
export interface Fragment {
  html: string;
  /** What the shared check already rejected in it (the sanitizer's own words for the same are not repeated). */
  checked?: string[];
  line: number;
  body: string;
  itemId?: string;
}

/**
 * A summary read but not yet sanitized: everything that needs marked and the YAML parser
 * (and may be slow), as plain data, so the browser can make it in a worker and sanitize on
 * the main thread, where the DOM is. {@link parseSummary} does both steps at once.
 */
export interface Draft {
  file: string;
  /** The summary, with a placeholder in each HTML field; absent when the file's structure could not be read. */
  summary?: Summary;
  fragments: Fragment[];
  diagnostics: ContentDiagnostic[];
  /** Rejections given a line so far (at most MAX_LISTED: finding a line costs a pass over the text). */
  located: number;
  /** Problems found but not listed. */
  more: number;
  /** True when the text is nested too deeply for the Markdown parser (past the limit, or it failed): no retry can help. */
  unreadable: boolean;
}

const PLACEHOLDER = /^\u0000(\d+)\u0000$/;
export const placeholder = (i: number) => `\u0000${i}\u0000`;

/** Records that the allow-list rejects `what` in `fragment`: with its line, for the first MAX_LISTED; counted after that. */
export function reject(draft: Draft, what: string, fragment: Fragment): void {
  if (draft.located >= MAX_LISTED) {
    draft.more++;
    return;
  }
  draft.located++;
  draft.diagnostics.push({
    file: draft.file,
    line: findLine(fragment.body, fragment.line, what),
    ...(fragment.itemId ? { itemId: fragment.itemId } : {}),
    message: `Content that the allow-list rejects: ${what}.`,
    fix: 'Write plain Markdown (no raw HTML) and use only http, https or mailto links; see "What HTML is allowed" in content/README.md.',
  });
}

/**
 * The second step of {@link parseSummary}: sanitizes the draft's fragments `from` (inclusive) to
 * `to` (exclusive), recording what the sanitizer removed as problems. The browser calls it a
 * few fragments at a time, so that no single task holds the page.
 */
export function sanitizeFragments(draft: Draft, sanitize: HtmlSanitizer, from = 0, to = draft.fragments.length): void {
  for (let i = from; i < to; i++) {
    const fragment = draft.fragments[i]!;
    if (!fragment.html) continue;
    const result = sanitize(fragment.html);
    const named = [...(fragment.checked ?? [])];
    for (const what of result.rejected) {
      const k = named.indexOf(what);
      if (k >= 0) named.splice(k, 1);
      else reject(draft, what, fragment);
    }
    fragment.html = result.html;
  }
}

/** The last step of {@link parseSummary}: the summary with its sanitized HTML, or the problems (at most MAX_LISTED, then "N more"). */
export function completeSummary(draft: Draft): ParseResult {
  const { file } = draft;
  const diagnostics = [...draft.diagnostics].sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
  const more = draft.more + Math.max(0, diagnostics.length - MAX_LISTED);
  diagnostics.length = Math.min(diagnostics.length, MAX_LISTED);
  if (more) {
    // At the last line listed: every diagnostic says where to look.
    const line = [...diagnostics].reverse().find((d) => d.line !== undefined)?.line;
    diagnostics.push({
      file,
      ...(line !== undefined ? { line } : {}),
      message: `…and ${more} more problem${more === 1 ? '' : 's'}, not listed (only the first ${MAX_LISTED} are).`,
      fix: 'Fix the problems listed, then check the file again.',
    });
  }
  if (diagnostics.length || !draft.summary) return { diagnostics, ...(draft.unreadable ? { unreadable: true } : {}) };
  const fill = (value: unknown): unknown => {
    if (typeof value === 'string') {
      const m = PLACEHOLDER.exec(value);
      return m ? draft.fragments[Number(m[1])]!.html : value;
    }
    if (Array.isArray(value)) return value.map(fill);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v)]));
    return value;
  };
  return { summary: fill(draft.summary) as Summary, diagnostics };
}

/** The line of `body` (which starts at `startLine`) that mentions `what`'s first quoted fragment. */
function findLine(body: string, startLine: number, what: string): number {
  const needle = /"([^"]+)"/.exec(what)?.[1]?.toLowerCase().slice(0, 40);
  if (!needle) return startLine;
  // Markdown writes some elements in its own syntax: an image is `![alt](src)`.
  const needles = needle === '<img' ? [needle, '!['] : [needle];
  const lines = body.split('\n').map((l) => decodeEntities(l).toLowerCase());
  const idx = lines.findIndex((l) => needles.some((n) => l.includes(n)));
  return idx < 0 ? startLine : startLine + idx;
}

/** Decodes numeric and the common named character references, so `java&#x09;script:` is found. */
function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", tab: '\t', newline: '\n', colon: ':' };
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (m, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return named[ref.toLowerCase()] ?? m;
  });
}
