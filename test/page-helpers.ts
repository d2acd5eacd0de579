/** Helpers for whole-page tests: axe with chosen WCAG tags, the composed tree, waiting for every widget. */
import 'axe-core/axe.min.js';
import { isLoading } from './helpers.js';

interface AxeResult {
  violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown; failureSummary?: string }> }>;
}
declare global {
  interface Window {
    axe: { run(context: Element | Document, options: object): Promise<AxeResult> };
  }
}

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe on `context` for the given tags; returns readable violation lines (empty when clean). */
export async function axeViolations(context: Element | Document, tags: string[] = WCAG_AA, enable: string[] = []): Promise<string[]> {
  const rules = Object.fromEntries(enable.map((r) => [r, { enabled: true }]));
  const result = await window.axe.run(context, { runOnly: { type: 'tag', values: tags }, rules, resultTypes: ['violations'] });
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${v.help} at ${JSON.stringify(n.target)}${n.failureSummary ? ` (${n.failureSummary.replace(/\s+/g, ' ')})` : ''}`));
}

/** Children in the composed (rendered) tree: a host's shadow children, a slot's assigned nodes. */
export function composedChildren(node: Node): Node[] {
  if (node instanceof HTMLSlotElement) {
    const assigned = node.assignedNodes({ flatten: true });
    return assigned.length ? assigned : [...node.childNodes];
  }
  if (node instanceof Element && node.shadowRoot) return [...node.shadowRoot.childNodes];
  return [...node.childNodes];
}

/** Every element in the composed tree under `root`, in document order. */
export function composedElements(root: Node): Element[] {
  const out: Element[] = [];
  const walk = (n: Node) => {
    for (const c of composedChildren(n)) {
      if (c instanceof Element) {
        out.push(c);
        walk(c);
      }
    }
  };
  walk(root);
  return out;
}

/** The heading levels a reader meets under `root`, in order (visible headings only). */
export function headingOutline(root: Node): Array<{ level: number; text: string }> {
  return composedElements(root)
    .filter((el) => /^H[1-6]$/.test(el.tagName) && (el as HTMLElement).checkVisibility?.() !== false)
    .map((el) => ({ level: Number(el.tagName[1]), text: (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60) }));
}

/** Headings that skip a level (h2 followed by h4); empty when the outline is sound. */
export function skippedLevels(outline: Array<{ level: number; text: string }>): string[] {
  const problems: string[] = [];
  for (let i = 1; i < outline.length; i++) {
    if (outline[i]!.level > outline[i - 1]!.level + 1) {
      problems.push(`h${outline[i - 1]!.level} "${outline[i - 1]!.text}" is followed by h${outline[i]!.level} "${outline[i]!.text}"`);
    }
  }
  return problems;
}

/** Waits until `root`, when it is a widget, and every eg-* widget under it (at any depth) have rendered and none is busy. */
export async function allWidgetsReady(root: Node, timeout = 10000): Promise<void> {
  const start = performance.now();
  for (;;) {
    const widgets = [root, ...composedElements(root)].filter((el): el is Element => el instanceof Element && el.localName.startsWith('eg-')) as Array<HTMLElement & { updateComplete?: Promise<unknown> }>;
    await Promise.all(widgets.map((w) => w.updateComplete));
    const busy = widgets.filter((w) => isLoading(w) || !w.shadowRoot);
    if (busy.length === 0) {
      await new Promise((r) => requestAnimationFrame(r));
      const again = [root, ...composedElements(root)].filter((el) => el instanceof Element && el.localName.startsWith('eg-')).length;
      if (again === widgets.length) return;
    }
    if (performance.now() - start > timeout) throw new Error(`Widgets still loading: ${busy.map((b) => b.localName).join(', ')}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Links a theme stylesheet (the plain CSS in src/themes/) into the document and waits for it. */
export async function linkTheme(name: string): Promise<HTMLLinkElement> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = `/src/themes/${name}.css`;
  const loaded = new Promise((ok, fail) => {
    link.onload = ok;
    link.onerror = fail;
  });
  document.head.append(link);
  await loaded;
  return link;
}

/** The element that has focus, looking inside shadow roots. */
export function deepActiveElement(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** The topmost element at a point, looking inside shadow roots. */
export function deepElementFromPoint(x: number, y: number): Element | null {
  let el = document.elementFromPoint(x, y);
  while (el?.shadowRoot) {
    const inner = el.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === el) break;
    el = inner;
  }
  return el;
}

/** True when `ancestor` contains `node` in the composed tree. */
export function composedContains(ancestor: Node, node: Node | null): boolean {
  for (let n: Node | null = node; n; n = n.parentNode ?? ((n as ShadowRoot).host || null)) {
    if (n === ancestor) return true;
    if (n instanceof HTMLElement && n.assignedSlot && composedContains(ancestor, n.assignedSlot)) return true;
  }
  return false;
}
