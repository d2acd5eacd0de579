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

const cache = new Map<string, Promise<Summary>>();
const loaded = new Map<string, Summary>();

/** The summary with `id` if it has already loaded, without waiting; otherwise undefined. */
export function peekSummary(id: string): Summary | undefined {
  return loaded.get(id);
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
  if (Object.prototype.hasOwnProperty.call(BUNDLED_LOADERS, listing.id) || extraLoaders.has(listing.id)) {
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
  const cached = cache.get(id);
  if (cached) return cached;
  const loader = Object.prototype.hasOwnProperty.call(BUNDLED_LOADERS, id) ? BUNDLED_LOADERS[id] : extraLoaders.get(id);
  if (!loader) return Promise.reject(new SummaryNotFoundError(id, listSummaries().map((s) => s.id)));
  const promise = loader().then((m) => {
    loaded.set(id, m.default);
    return m.default;
  });
  cache.set(id, promise);
  promise.catch(() => cache.delete(id));
  return promise;
}
