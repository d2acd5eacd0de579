/**
 * The connect/disconnect cycles shared by the lifecycle test (`test/lifecycle.test.ts`, in
 * every browser the suite runs) and the memory suite (`test/memory.test.ts`, `npm run soak`), so
 * both exercise the widgets the same way.
 *
 * The widget list is the library's one list (`src/widgets.ts`); the lifecycle test checks it
 * against `custom-elements.json`, so a new widget cannot be left out.
 */
import type { Summary } from '../src/content/types.js';
import { itemIdsFor, renderSnippet } from '../src/snippet/snippet.js';
import { WIDGETS, WIDGET_TAGS, type WidgetTag } from '../src/widgets.js';

export { WIDGET_TAGS };

/** How many times each widget is connected and disconnected. */
export const CYCLES = 1000;

/** One way a widget is put on a page: its attributes and the HTML written inside it. */
export interface CycleVariant {
  name: string;
  attributes: Record<string, string>;
  innerHTML: string;
}

/**
 * The ways a page uses `tag`, with content from `summary`:
 *
 * - `snippet`: the pasted CMS snippet (`summary`, the item attribute, and the readable HTML inside);
 * - `bare`: `summary` and the item attribute, nothing inside;
 * - `inline`: no `summary`, only the snippet's HTML inside (content written into the page).
 *
 * Widgets that show one item get the summary's first one (e.g. `finding="..."`).
 */
export function cycleVariants(summary: Summary, tag: WidgetTag): CycleVariant[] {
  const spec = WIDGETS[tag];
  const item = spec ? itemIdsFor(summary, tag)[0] : undefined;
  const attributes: Record<string, string> = { summary: summary.meta.id };
  if (spec && item) attributes[spec.attribute] = item;
  const snippet = renderSnippet(summary, { widget: tag, ...(item ? { item } : {}) });
  const inner = new RegExp(`<${tag}\\b[^>]*>\\n?([\\s\\S]*?)\\n?</${tag}>\\s*$`).exec(snippet)?.[1];
  if (inner === undefined) throw new Error(`The snippet for <${tag}> has no <${tag}> element.`);
  return [
    { name: 'snippet', attributes, innerHTML: inner },
    { name: 'bare', attributes, innerHTML: '' },
    { name: 'inline', attributes: {}, innerHTML: inner },
  ];
}

/**
 * Connects and disconnects `count` new `tag` elements under `parent`, taking the variants in
 * turn. Every `settleEvery`-th element is left connected until it has rendered, then gets a
 * `mouseenter` (which opens a glossary term's definition, and with it its document listener)
 * and a `mouseleave` (which starts its close timer) before it is removed; the others are
 * removed at once, and render after they are gone. Resolves once every update has run.
 * `retained`, when given, keeps every removed element (the memory suite's self-check leak).
 *
 * Self-contained (no imports, no helpers, no named inner functions), so that it runs the same
 * beside the development sources or the CDN bundle alone (the memory suite's page).
 */
export async function connectDisconnect(
  parent: Element,
  tag: string,
  variants: readonly CycleVariant[],
  count: number,
  settleEvery: number,
  retained?: Element[],
): Promise<void> {
  type Widget = HTMLElement & { updateComplete?: Promise<unknown> };
  for (let i = 0; i < count; i++) {
    const variant = variants[i % variants.length]!;
    const el = document.createElement(tag) as Widget;
    for (const [name, value] of Object.entries(variant.attributes)) el.setAttribute(name, value);
    if (variant.innerHTML) el.innerHTML = variant.innerHTML;
    parent.append(el);
    if (i % settleEvery === 0) {
      await el.updateComplete;
      el.dispatchEvent(new MouseEvent('mouseenter'));
      await el.updateComplete;
      el.dispatchEvent(new MouseEvent('mouseleave'));
    }
    el.remove();
    retained?.push(el);
  }
  // Elements removed at once render in a microtask after removal: let every update run.
  await new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });
}
