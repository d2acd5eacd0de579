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
 * Reading the file (marked, the YAML parser, the structure) runs in a module worker
 * (`parse-worker.ts`, its own file), ended when `parseTimeout` (`src-parse-timeout`) runs out,
 * so no file can hold the page. The worker's result is sanitized here, a few fragments per
 * task, with DOMPurify (which needs the DOM); the shared HTML check in the worker has already
 * rejected what would make DOMPurify slow (deep nesting, thousands of elements off the list).
 *
 * Every failure of the file (not found, unreachable, too slow, wrong type, too large, not a
 * valid summary, too slow or too deep to read) rejects with one `SummarySourceError` whose
 * `kind` says which.
 */
import { formatDiagnostic } from '../content/diagnostics.js';
import { DEFAULT_PARSE_TIMEOUT } from '../content/limits.js';
import { completeSummary, sanitizeFragments, type Draft } from '../content/parse-steps.js';
import type { SourceOptions } from '../content/registry.js';
import { SummarySourceError, type SourceErrorKind } from '../content/source-error.js';
import { purify, sanitizeInBrowser } from '../content/sanitize-browser.js';
import type { Summary } from '../content/types.js';
import { parseWorkerUrl } from './worker-url.js';

/** How long the main thread sanitizes before it lets the page run (milliseconds). */
const SLICE_MS = 30;
/** The name of the Trusted Types policy that creates the worker's script URL (and nothing else). */
export const WORKER_POLICY = 'evidence-guidance-worker';

/**
 * The worker's own module: beside this one (in the CDN build, `chunks/parse-worker.js`), unless
 * the page named another with `setParseWorkerUrl` (bundled apps, Storybook).
 */
const workerModule = () => parseWorkerUrl(() => new URL('./parse-worker.js', import.meta.url).href);

interface ScriptUrlPolicy {
  createScriptURL(url: string): unknown;
}
let policy: ScriptUrlPolicy | undefined | null;

/**
 * Starts the worker. From the page's own origin it is the module itself; from another origin
 * (the CDN), a browser may not start a worker from there, so a `blob:` module that imports it
 * (the page's CSP then needs `worker-src blob:`). Under Trusted Types the URL goes through the
 * policy {@link WORKER_POLICY}, which passes only these URLs.
 */
function startWorker(): Worker {
  const module = workerModule();
  const url = new URL(module).origin === location.origin ? module : URL.createObjectURL(new Blob([`import ${JSON.stringify(module)};`], { type: 'text/javascript' }));
  const tt = (window as { trustedTypes?: { createPolicy(name: string, rules: ScriptUrlPolicy): ScriptUrlPolicy } }).trustedTypes;
  if (policy === undefined) {
    try {
      policy = tt?.createPolicy(WORKER_POLICY, {
        createScriptURL: (u: string) => {
          if (u === workerModule() || u.startsWith('blob:')) return u;
          throw new TypeError(`${WORKER_POLICY} creates only the src parse worker's URL, not ${u}`);
        },
      }) ?? null;
    } catch {
      // The page's CSP does not allow the name: fine where Trusted Types are not required.
      policy = null;
    }
  }
  try {
    return new Worker((policy ? policy.createScriptURL(url) : url) as string, { type: 'module' });
  } catch (err) {
    throw new Error(
      `The src parse worker could not start (${String(err)}). The page's Content-Security-Policy must allow it: worker-src 'self' (script-src 'self' does, when no worker-src or child-src is set), or worker-src blob: when the library is loaded from another origin; under Trusted Types, trusted-types lit-html dompurify ${WORKER_POLICY}.`,
    );
  }
}

/** The worker, once started and loaded (it says `'ready'`); shared by every file, one at a time. */
let current: Promise<Worker> | undefined;
let queue: Promise<unknown> = Promise.resolve();
let idle: ReturnType<typeof setTimeout> | undefined;
/** How long an unused worker is kept (milliseconds). */
const IDLE_MS = 5_000;

function loadedWorker(): Promise<Worker> {
  return (current ??= new Promise<Worker>((resolve, reject) => {
    const worker = startWorker();
    worker.onmessage = () => resolve(worker);
    worker.onerror = (event) => {
      current = undefined;
      reject(new Error(`The src parse worker failed (${event.message || 'it could not be loaded'}): ${workerModule()}`));
    };
  }));
}

function stop(worker: Worker): void {
  worker.terminate();
  current = undefined;
}

/**
 * The file read in the worker, one file at a time (a page with many files starts one worker,
 * not one each). The limit counts from when the worker starts on this file; past it the worker
 * is ended (the next file gets a new one) and `slow()` is thrown.
 */
function readInWorker(text: string, file: string, limit: number, slow: () => Error): Promise<Draft> {
  const job = queue.then(async () => {
    clearTimeout(idle);
    const worker = await loadedWorker();
    const draft = await new Promise<Draft>((resolve, reject) => {
      const timer = setTimeout(() => {
        stop(worker);
        reject(slow());
      }, limit);
      worker.onmessage = (event: MessageEvent<Draft>) => {
        clearTimeout(timer);
        resolve(event.data);
      };
      worker.onerror = (event) => {
        clearTimeout(timer);
        stop(worker);
        reject(new Error(`The src parse worker failed (${event.message || 'an error'}): ${workerModule()}`));
      };
      worker.postMessage({ text, file });
    });
    idle = setTimeout(() => current === undefined || stop(worker), IDLE_MS);
    return draft;
  });
  queue = job.catch(() => undefined);
  return job;
}

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
  const fail = (kind: SourceErrorKind, message: string, detail = '', diagnostics: SummarySourceError['diagnostics'] = [], retryable = true) =>
    new SummarySourceError(kind, url, `${url}: ${message}`, detail, diagnostics, retryable);
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
    clearTimeout(timer);

    // Before the worker: without DOMPurify's Trusted Types policy nothing could be shown.
    purify();
    const parseTimeout = positive(options.parseTimeout, DEFAULT_PARSE_TIMEOUT);
    const slow = () =>
      fail(
        'slow',
        `the file took longer than ${parseTimeout} ms to read, so it is not shown. Fix: simplify it (long runs of _ and * or of raw HTML are slow to read), or allow longer with the src-parse-timeout attribute (milliseconds).`,
        String(parseTimeout / 1000),
      );
    const draft = await readInWorker(text, url, parseTimeout, slow);
    const deadline = performance.now() + parseTimeout;
    // Sanitize a few fragments per task, yielding to the page between them.
    let sliceStart = performance.now();
    for (let i = 0; i < draft.fragments.length; i++) {
      sanitizeFragments(draft, sanitizeInBrowser, i, i + 1);
      if (performance.now() - sliceStart > SLICE_MS) {
        if (performance.now() > deadline) throw slow();
        await new Promise((r) => setTimeout(r));
        sliceStart = performance.now();
      }
    }
    const { summary, diagnostics, unreadable } = completeSummary(draft);
    if (!summary) {
      throw fail(
        'invalid',
        `the summary has ${diagnostics.length} problem${diagnostics.length === 1 ? '' : 's'}, so it is not shown (the format is in content/README.md):\n${diagnostics.map(formatDiagnostic).join('\n')}`,
        String(diagnostics.length),
        diagnostics,
        // The parser failed on the file: loading it again cannot help.
        !unreadable,
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
