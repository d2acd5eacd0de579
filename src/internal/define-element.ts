/**
 * Registers a custom element without ever throwing on the host page.
 *
 * - Not yet defined: defines it.
 * - Defined by this same class: does nothing (the module ran twice).
 * - Defined by another copy of the library: keeps the first definition and, once
 *   per copy, logs one console warning naming every tag it skipped.
 */
const skipped: string[] = [];

export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, ctor);
    return;
  }
  if (existing === ctor) return;
  if (skipped.push(tag) === 1) {
    queueMicrotask(() =>
      console.warn(
        `evidence-guidance: another copy of the library is on this page; its <${skipped.join(">, <")}> are kept. Load it once.`,
      ),
    );
  }
}
