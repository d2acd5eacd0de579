/**
 * The `src` runtime's worker: reads a summary file (marked, the YAML parser, the structure,
 * the shared HTML check and the validator: `draftSummary` in `src/content/parse.ts`) off the
 * main thread, so that a file which takes the parser long (marked's emphasis handling is
 * quadratic on some input) cannot hold the page. The page ends it when `src-parse-timeout`
 * runs out, and sanitizes the result itself with DOMPurify, which needs the DOM.
 *
 * Messages out: `'ready'` once loaded; then, for each `{ text, file }` in, its `Draft` (plain data).
 * Built into its own self-contained file, `cdn/chunks/parse-worker.js` (rollup.config.js).
 */
import { draftSummary } from '../content/parse.js';

addEventListener('message', (event: MessageEvent<{ text: string; file: string }>) => {
  const { text, file } = event.data;
  postMessage(draftSummary(text, { file }));
});
// Loaded: the page starts the clock on a file from here.
postMessage('ready');
