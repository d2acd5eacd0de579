/**
 * The value of the attribute `name` on `node` or on its nearest ancestor that has it, in the
 * composed tree (from a shadow root up to its host); null when none has it. How a widget
 * finds the `lang` and `data-eg-theme` that apply to it, wherever it is rendered.
 */
export function closestAttribute(node: Node, name: string): string | null {
  for (let n: Node | null = node; n; n = n.parentNode ?? ((n as ShadowRoot).host || null)) {
    const value = (n as Partial<Element>).getAttribute?.(name); // only elements have attributes
    if (value != null) return value;
  }
  return null;
}
