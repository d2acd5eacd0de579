/**
 * The `src` runtime: loads a summary a council or centre wrote themselves, as a Markdown
 * file in the format of `content/`, with no build step. It fetches the file with limits
 * (time, content type, size), then parses, sanitizes and validates it with the same parser
 * and validator the build uses (`src/content/parse.ts`), sanitizing with DOMPurify and the
 * one allow-list (`src/content/sanitize-browser.ts`).
 *
 * The widgets load this module by dynamic import (`loadSummaryFrom` in
 * `src/content/registry.ts`) the first time a page uses `src`: in the CDN build it is a
 * chunk of its own, with marked, the YAML parser and DOMPurify, so a page without `src`
 * never downloads them.
 *
 * Every failure of the file (not found, unreachable, too slow, wrong type, too large, not a
 * valid summary) rejects with one `SummarySourceError` whose `kind` says which.
 */
import { formatDiagnostic } from '../content/diagnostics.js';
import { parseSummary } from '../content/parse.js';
import type { SourceOptions } from '../content/registry.js';
import { SummarySourceError, type SourceErrorKind } from '../content/source-error.js';
import { sanitizeInBrowser } from '../content/sanitize-browser.js';
import type { Summary } from '../content/types.js';

/** How long a request may take, in milliseconds, unless `timeout` says otherwise. */
export const DEFAULT_TIMEOUT = 10_000;
/** The largest file accepted, in bytes (256 KB), unless `maxBytes` says otherwise. */
export const DEFAULT_MAX_BYTES = 256 * 1024;
/** The content types a summary file may be sent with (parameters such as `charset` are ignored). */
export const SOURCE_TYPES = ['text/markdown', 'text/plain'] as const;

const positive = (n: number | undefined, fallback: number) => (n !== undefined && Number.isFinite(n) && n > 0 ? n : fallback);

/** "256 KB", "1.5 KB", "900 bytes": the size limit as readers and authors see it. */
function formatBytes(bytes: number): string {
  return bytes < 1024 ? `${bytes} bytes` : `${Math.round((bytes / 1024) * 10) / 10} KB`;
}

/**
 * Fetches, checks, parses and validates the summary file at `url` (an absolute URL).
 * The request sends cookies only to the page's own origin (`credentials: 'same-origin'`);
 * a file on another origin must be served with CORS headers that allow the page.
 *
 * @throws {SummarySourceError} (as a rejection) for every failure of the file. Anything
 *   else (say, a Trusted Types policy that does not allow `dompurify`) rejects as it is.
 */
export async function fetchSummary(url: string, options: SourceOptions = {}): Promise<Summary> {
  const timeout = positive(options.timeout, DEFAULT_TIMEOUT);
  const maxBytes = Math.floor(positive(options.maxBytes, DEFAULT_MAX_BYTES));
  const limit = formatBytes(maxBytes);
  const fail = (kind: SourceErrorKind, message: string, detail = '', diagnostics: SummarySourceError['diagnostics'] = []) =>
    new SummarySourceError(kind, url, `${url}: ${message}`, detail, diagnostics);
  const tooBig = () => fail('size', `the file is larger than the limit of ${limit} (${maxBytes} bytes). Fix: shorten it, or raise the limit with the src-max-bytes attribute.`, limit);

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  const timeoutError = () =>
    fail('timeout', `the file did not load within ${timeout} ms. Fix: check the server, or allow longer with the src-timeout attribute (milliseconds).`, String(timeout / 1000));

  try {
    let response: Response;
    try {
      response = await fetch(url, {
        credentials: 'same-origin',
        signal: controller.signal,
        headers: { accept: 'text/markdown, text/plain;q=0.9' },
      });
    } catch (err) {
      if (timedOut) throw timeoutError();
      throw fail(
        'network',
        `the file could not be fetched (${String(err)}). Fix: check the URL; a file on another origin needs CORS headers that allow this page, and the page's Content-Security-Policy must allow its origin in connect-src.`,
      );
    }
    if (!response.ok) {
      throw fail('status', `the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}. Fix: check the file's URL.`, String(response.status));
    }
    const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (!(SOURCE_TYPES as readonly string[]).includes(type)) {
      throw fail(
        'type',
        `the file was sent as "${type || 'no content type'}", not as ${SOURCE_TYPES.join(' or ')}. Fix: serve .md files as text/markdown (for example, nginx: \`types { text/markdown md; }\`).`,
        type || '?',
      );
    }
    const declared = Number(response.headers.get('content-length'));
    if (declared > maxBytes) throw tooBig();

    // Count the bytes as they arrive: a missing or wrong Content-Length (or a compressed
    // response) cannot get past the limit.
    const chunks: Uint8Array[] = [];
    let received = 0;
    if (response.body) {
      const reader = response.body.getReader();
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          received += value.byteLength;
          if (received > maxBytes) throw tooBig();
          chunks.push(value);
        }
      } catch (err) {
        if (err instanceof SummarySourceError) throw err;
        if (timedOut) throw timeoutError();
        throw fail('network', `the connection failed while the file was loading (${String(err)}). Fix: try again; check the server.`);
      }
    }
    const bytes = new Uint8Array(received);
    let at = 0;
    for (const c of chunks) {
      bytes.set(c, at);
      at += c.byteLength;
    }
    const text = new TextDecoder().decode(bytes);

    const { summary, diagnostics } = parseSummary(text, { file: url, sanitize: sanitizeInBrowser });
    if (!summary) {
      throw fail(
        'invalid',
        `the summary has ${diagnostics.length} problem${diagnostics.length === 1 ? '' : 's'}, so it is not shown (the format is in content/README.md):\n${diagnostics.map(formatDiagnostic).join('\n')}`,
        String(diagnostics.length),
        diagnostics,
      );
    }
    return summary;
  } finally {
    clearTimeout(timer);
    // Ends the request on every path: a body not read (wrong type, too big) is not left
    // downloading, nor holding up a retry of the same URL (Firefox queues one behind it).
    controller.abort();
  }
}
