/**
 * The content API: which summaries there are, and loading one on demand.
 * Summaries are separate modules, loaded by dynamic import, so no content sits
 * in the core bundle.
 */
import { BUNDLED_LOADERS, BUNDLED_SUMMARIES } from '../generated/index.js';
import type { Summary, SummaryListing } from './types.js';

/** Rejected by {@link loadSummary} when no summary has the id. */
export class SummaryNotFoundError extends Error {
  constructor(
    readonly summaryId: string,
    readonly validIds: readonly string[],
  ) {
    super(`No evidence summary has the id "${summaryId}". Valid ids: ${validIds.join(', ')}.`);
    this.name = 'SummaryNotFoundError';
  }
}

export { SummarySourceError, type SourceErrorKind } from './source-error.js';

/** Limits for loading a summary file: {@link loadSummaryFrom}, and the `src-timeout` and `src-max-bytes` attributes. */
export interface SourceOptions {
  /** Milliseconds before the request is abandoned; default 10000 (10 s). */
  timeout?: number;
  /** The largest file accepted, in bytes; default 262144 (256 KB). */
  maxBytes?: number;
  /** Milliseconds reading the file (parsing, sanitizing) may take before it is abandoned; default 5000 (5 s). */
  parseTimeout?: number;
}

const cache = new Map<string, Promise<Summary>>();
/**
 * The summaries that have loaded. A bundled summary's module also puts its summary here as it
 * runs (see scripts/build-content.ts), so that a page that loads the module with a script tag,
 * before the bundle's, has the summary before any widget renders. The map is found under a
 * symbol: page markup cannot clobber a symbol, as `<a id=…>` can a named global. The module
 * imports nothing, so its script tag never fetches the bundle (whose own `integrity` could then
 * go unchecked).
 */
const loaded: Map<string, Summary> = ((globalThis as { [key: symbol]: Map<string, Summary> | undefined })[Symbol.for('evidence-guidance.summaries')] ??= new Map());
// Summary files are kept under their absolute URL, which no summary id can be (ids have no ':').

/** Shares one load per key among every widget that asks; a failed load is forgotten, so asking again retries. */
function once(key: string, load: () => Promise<Summary>): Promise<Summary> {
  let promise = cache.get(key);
  if (!promise) {
    cache.set(
      key,
      (promise = load().then((summary) => {
        loaded.set(key, summary);
        return summary;
      })),
    );
    promise.catch(() => cache.delete(key));
  }
  return promise;
}

/** The summary with `id` (or from the file at an absolute URL) if it has already loaded, without waiting; otherwise undefined. */
export function peekSummary(id: string): Summary | undefined {
  return loaded.get(id);
}

/** The summary from the file at `url` (relative to the document) if it has already loaded, without waiting; otherwise undefined. */
export function peekSummaryFrom(url: string): Summary | undefined {
  return loaded.get(sourceUrl(url));
}

/** `url` made absolute against the document's base URL, as an `<img src>` is (unchanged if it is not a URL). */
export function sourceUrl(url: string): string {
  try {
    return new URL(url, document.baseURI).href;
  } catch {
    return url;
  }
}

/**
 * Loads a summary from a Markdown file in the format of `content/` (see `content/README.md`),
 * at `url` relative to the document's base URL: fetched, checked against the limits in
 * `options`, then parsed, sanitized and validated with the same code the build uses. That
 * code (with marked, a YAML parser and DOMPurify) is loaded on first use, never before.
 * Every caller with the same URL shares one load; a failed load is forgotten, so asking
 * again retries. The first caller's limits apply to a shared load.
 *
 * @throws {SummarySourceError} (as a rejection) when the file cannot be shown.
 */
export function loadSummaryFrom(url: string, options?: SourceOptions): Promise<Summary> {
  const href = sourceUrl(url);
  return once(href, () => import('../runtime/markdown-source.js').then((m) => m.fetchSummary(href, options)));
}

const extraListings: SummaryListing[] = [];
const extraLoaders = new Map<string, () => Promise<{ default: Summary }>>();

/** Every summary the widgets can show: the bundled ones, then any registered with {@link registerSummary}. */
export function listSummaries(): SummaryListing[] {
  return [...BUNDLED_SUMMARIES, ...extraListings].map((s) => ({ ...s }));
}

/**
 * Makes another compiled summary available to the widgets by id, for npm users who
 * compile their own content. `load` is called once, when a widget first asks.
 * A bundled id cannot be replaced.
 */
export function registerSummary(listing: SummaryListing, load: () => Promise<{ default: Summary } | Summary>): void {
  if (Object.hasOwn(BUNDLED_LOADERS, listing.id) || extraLoaders.has(listing.id)) {
    throw new Error(`A summary with the id "${listing.id}" is already registered.`);
  }
  extraListings.push({ ...listing });
  extraLoaders.set(listing.id, () => load().then((m) => ('default' in m ? m : { default: m })));
}

/**
 * Loads a summary by id. The same promise is shared by every widget that asks;
 * a failed load is forgotten, so asking again retries.
 *
 * @throws {SummaryNotFoundError} (as a rejection) for an unknown id.
 */
export function loadSummary(id: string): Promise<Summary> {
  const loader = Object.hasOwn(BUNDLED_LOADERS, id) ? BUNDLED_LOADERS[id] : extraLoaders.get(id);
  if (!loader) return Promise.reject(new SummaryNotFoundError(id, listSummaries().map((s) => s.id)));
  return once(id, () => loader().then((m) => m.default));
}
