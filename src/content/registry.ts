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

/** Every bundled summary: id, title, publication date and language. */
export function listSummaries(): SummaryListing[] {
  return BUNDLED_SUMMARIES.map((s) => ({ ...s }));
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
  const loader = Object.prototype.hasOwnProperty.call(BUNDLED_LOADERS, id) ? BUNDLED_LOADERS[id] : undefined;
  if (!loader) return Promise.reject(new SummaryNotFoundError(id, Object.keys(BUNDLED_LOADERS)));
  const promise = loader().then((m) => m.default);
  cache.set(id, promise);
  promise.catch(() => cache.delete(id));
  return promise;
}
