/**
 * The script a pasted snippet loads (`cdn/upgrade.js`, beside the bundle; `renderSnippet`
 * prints its line). A page holding a snippet already shows the content, so nothing the bundle
 * does is needed for its first paint, and on a slow device running the bundle before that
 * paint delays it. This waits until the page's first contentful paint has reached the screen
 * (the paint entry, looked for once a frame), then loads the bundle, which takes each snippet's
 * place (see `EgElement.connectedCallback`). A browser that does not report paints loads it at
 * once; a page in a background tab loads it once it is shown.
 */
function whenPainted(): void {
  // The built file's name, not the source's: rollup leaves an import it cannot resolve as it is,
  // so the bundle needs no export for this file.
  if (performance.getEntriesByName('first-contentful-paint').length || !PerformanceObserver.supportedEntryTypes?.includes('paint')) void import(new URL('evidence-guidance.js', import.meta.url).href);
  else requestAnimationFrame(whenPainted);
}
whenPainted();
