/**
 * Shared by the story files (this is not a story file itself): the summary every story
 * shows, the two registered summaries that put a widget in its loading and its
 * load-failed state, and the tags that mark error and loading stories.
 *
 * The tags are read by `test/stories.test.ts` (an error story must show a problem, a
 * loading story must be busy) and by `scripts/check-storybook.ts` (from the built
 * `index.json`), so a story's state is declared once, here, and not guessed from its name.
 */
import { listSummaries, registerSummary } from '../src/content/registry.js';
import type { Summary, SummaryListing } from '../src/content/types.js';

/** The bundled summary the stories show. */
export const SUMMARY = 'early-years-integration';

/** A registered summary whose loader never resolves: a widget that names it stays busy. */
export const LOADING_SUMMARY = 'loading-forever';

/** A registered summary whose loader always fails: the widget offers "Try again". */
export const FAILING_SUMMARY = 'load-fails';

/**
 * The tag of a story that shows an error state (a visible problem message is expected).
 * Story files write it literally, `tags: ['error-state']`: Storybook reads tags statically.
 */
export const ERROR_STATE = 'error-state';

/** The tag of a story that shows the loading state (the widget is expected to stay loading, `:state(loading)`); written literally too. */
export const LOADING_STATE = 'loading-state';

/** A theme name that does not exist, for the "unknown theme" error stories. */
export const UNKNOWN_THEME = 'corporate';

function registerOnce(listing: SummaryListing, load: () => Promise<Summary>): void {
  // Storybook may evaluate this module again (hot reload): a second registration would throw.
  if (listSummaries().some((s) => s.id === listing.id)) return;
  registerSummary(listing, load);
}

registerOnce({ id: LOADING_SUMMARY, title: 'A summary that never finishes loading', published: '2009-03', lang: 'en' }, () => new Promise<Summary>(() => {}));

registerOnce({ id: FAILING_SUMMARY, title: 'A summary that fails to load', published: '2009-03', lang: 'en' }, () =>
  Promise.reject(new Error('Storybook: this summary fails to load on purpose, to show the error state.')),
);
