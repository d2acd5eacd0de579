/**
 * Where the `src` runtime starts its parse worker. By default the worker is the module
 * `parse-worker.js` beside the runtime (in the CDN build, `cdn/chunks/parse-worker.js`),
 * which is right for the CDN build and for unbundled ES modules. A bundler (Vite, webpack)
 * does not emit that file: copy the self-contained `cdn/chunks/parse-worker.js` from the
 * package into the site's public files and name it here, before a widget with `src` loads.
 * A module of its own, with no imports, so that setting it costs a page nothing.
 */
let override: string | undefined;

/**
 * Starts the `src` parse worker from `url` (resolved against the page) instead of from beside
 * the runtime, e.g. `setParseWorkerUrl('/assets/parse-worker.js')`. Under Trusted Types the
 * worker policy still passes only this URL (or a `blob:` module that imports it).
 */
export function setParseWorkerUrl(url: string | URL): void {
  override = new URL(url, document.baseURI).href;
}

/** The worker module's absolute URL: the override, or `fallback` (the module beside the runtime). */
export function parseWorkerUrl(fallback: () => string): string {
  return override ?? fallback();
}
