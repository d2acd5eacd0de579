/**
 * The limits that keep a summary file from holding the page (or the build): shared by the
 * build (`scripts/lib/compile.ts`) and the `src` runtime, and documented in
 * `content/README.md`. Plain numbers, no imports: the core bundle may read them.
 */

/** How long reading one summary file may take, in milliseconds, unless `src-parse-timeout` says otherwise. */
export const DEFAULT_PARSE_TIMEOUT = 5_000;

/** The deepest nesting of quotes, lists and HTML elements a summary may use. */
export const MAX_NESTING = 100;

/** How many problems are listed for one file; the rest are counted ("and N more"). */
export const MAX_LISTED = 100;
