/** Test helpers shared by the widget tests. */

/**
 * True in WebKitGTK's MiniBrowser, which the tests drive through WebKitWebDriver (WebDriver
 * classic): keys and pointer moves work, but there is no media, forced-colours or viewport
 * emulation (those need Chromium's DevTools protocol or Playwright).
 */
export const inWebKit = /AppleWebKit\//.test(navigator.userAgent) && !/(Chrome|Chromium)\//.test(navigator.userAgent);

/** Skips the running test (or, from a hook, its suite) and prints why, so a skip is never silent. */
export function skipWithReason(context: Mocha.Context, reason: string): never {
  console.log(`Skipped: ${reason}`);
  context.skip();
}

/** The text a widget renders in its shadow root, with white space folded. */
export function shadowText(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Records console.warn calls until `restore()`. */
export function captureWarnings(): { calls: string[]; restore: () => void } {
  const original = console.warn;
  const calls: string[] = [];
  console.warn = (...args: unknown[]) => {
    calls.push(args.map(String).join(' '));
  };
  return { calls, restore: () => (console.warn = original) };
}

/** Resolves when `predicate` holds, polling each frame; rejects after `timeout` ms. */
export async function until(predicate: () => boolean, timeout = 5000): Promise<void> {
  const start = performance.now();
  while (!predicate()) {
    if (performance.now() - start > timeout) throw new Error('Timed out waiting for a condition');
    await new Promise((r) => requestAnimationFrame(r));
  }
}

/**
 * True while a widget's summary loads. The loading state is not an attribute of the host (a
 * server-rendering framework would see it as a hydration mismatch): it is the custom state
 * `loading` (`:state(loading)` in CSS) and `ariaBusy` on the widget's ElementInternals. Every
 * engine the tests run in has custom states; in one without them, `:state()` does not parse,
 * and the widget's own load status is read instead.
 */
export function isLoading(el: Element): boolean {
  try {
    return el.matches(':state(loading)');
  } catch {
    return (el as Element & { content?: { status?: string } }).content?.status === 'loading';
  }
}

let slowCount = 0;

/**
 * Registers a summary that arrives only when `release()` is called: the real bundled
 * summary behind a gate, so a test can see a widget's loading state.
 */
export async function slowSummary(realId = 'early-years-integration'): Promise<{ id: string; release: () => void }> {
  const { loadSummary, registerSummary } = await import('../src/content/registry.js');
  const real = await loadSummary(realId);
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const id = `slow-summary-${++slowCount}`;
  registerSummary({ id, title: real.meta.title, published: real.meta.published, lang: real.meta.lang }, () => gate.then(() => real));
  return { id, release };
}

/**
 * Puts keyboard focus just before `el` (on a temporary button in the same fixture), so the
 * next Tab lands on `el`'s first focusable element whatever the browser's focus was before.
 * Without it, a headless browser whose document does not have focus can ignore the first Tab.
 */
export async function focusBefore(el: Element): Promise<void> {
  const start = document.createElement('button');
  start.textContent = 'Start';
  start.dataset.testStart = '';
  el.before(start);
  start.focus();
}
