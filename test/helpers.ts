/** Test helpers shared by the widget tests. */

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
