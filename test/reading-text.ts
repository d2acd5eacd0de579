/**
 * The text a reader meets, in reading order, for a pasted snippet with JavaScript off and for
 * an upgraded widget (its composed tree: shadow roots and slotted content), so that the two
 * can be compared word for word.
 *
 * Both walks skip the same things: controls that need JavaScript to do anything (buttons,
 * the audience switch's fieldset, the contents list of `eg-summary`), what is not rendered
 * (`hidden`, `style`, `template`), decoration hidden from assistive technology
 * (`aria-hidden="true"`), and the body of a closed `<details>` (its `<summary>` is read).
 * Visually hidden text is kept: a screen reader reads it.
 */

const SKIP = new Set(['button', 'fieldset', 'nav', 'style', 'script', 'template']);

function skipped(el: Element): boolean {
  // A glossary term's button is the term itself: it is read.
  if (el.localName === 'button' && el.getAttribute('part') === 'term') return false;
  if (SKIP.has(el.localName) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const parent = el.parentElement;
  // Inside a closed <details>, only its <summary> is shown.
  return !!parent && parent.localName === 'details' && !parent.hasAttribute('open') && el.localName !== 'summary';
}

function children(node: Node, composed: boolean): Node[] {
  if (composed && node instanceof HTMLSlotElement) {
    const assigned = node.assignedNodes({ flatten: true });
    return assigned.length ? assigned : [...node.childNodes];
  }
  if (composed && node instanceof Element && node.shadowRoot) return [...node.shadowRoot.childNodes];
  return [...node.childNodes];
}

function collect(node: Node, composed: boolean, out: string[]): void {
  for (const child of children(node, composed)) {
    if (child.nodeType === Node.TEXT_NODE) out.push(child.textContent ?? '');
    else if (child instanceof Element && !skipped(child)) {
      // Block boundaries separate words, as a rendered page does.
      out.push(' ');
      collect(child, composed, out);
      out.push(' ');
    }
  }
}

/** Folds white space and the spaces markup leaves beside punctuation. */
export function normalise(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,;:)”’])/g, '$1')
    .replace(/([(“‘])\s+/g, '$1')
    .trim();
}

/** The reading text of `html` as a browser shows it with JavaScript off (parsed inert). */
export function staticReadingText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const out: string[] = [];
  collect(doc.body, false, out);
  return normalise(out.join(''));
}

/** The reading text of a live element, through shadow roots and slots. */
export function composedReadingText(el: Element): string {
  const out: string[] = [];
  collect(el, true, out);
  return normalise(out.join(''));
}

type Updatable = Element & { updateComplete?: Promise<unknown> };

/** Every `eg-*` element in the composed tree under `root`. */
function widgetsIn(root: Node): Updatable[] {
  const found: Updatable[] = [];
  const walk = (n: Node) => {
    for (const c of children(n, true)) {
      if (c instanceof Element) {
        if (c.localName.startsWith('eg-')) found.push(c);
        walk(c);
      }
    }
  };
  if (root instanceof Element && root.localName.startsWith('eg-')) found.push(root);
  walk(root);
  return found;
}

/**
 * Waits until every widget under `root` has rendered its content: none shows a loading
 * message or only its slot, and the set of widgets has stopped growing.
 */
export async function settled(root: Element, timeout = 10000): Promise<void> {
  const start = performance.now();
  let last = -1;
  for (;;) {
    const widgets = widgetsIn(root);
    await Promise.all(widgets.map((w) => w.updateComplete));
    await new Promise((r) => requestAnimationFrame(r));
    const loading = widgets.filter((w) => !w.shadowRoot || w.shadowRoot.querySelector('.loading') || (w.shadowRoot.children.length === 1 && w.shadowRoot.firstElementChild?.localName === 'slot' && w.localName !== 'eg-glossary-term'));
    if (loading.length === 0 && widgets.length === last) return;
    last = widgets.length;
    if (performance.now() - start > timeout) throw new Error(`Widgets still loading: ${loading.map((w) => w.localName).join(', ')}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The headings a reader meets under `root` (through shadow roots when `composed`): "h3 Text" each. */
function headingsOf(root: Node, composed: boolean): string[] {
  const out: string[] = [];
  const walk = (node: Node) => {
    for (const child of children(node, composed)) {
      if (!(child instanceof Element) || skipped(child)) continue;
      if (/^h[1-6]$/.test(child.localName)) {
        const text: string[] = [];
        collect(child, composed, text);
        out.push(`${child.localName} ${normalise(text.join(''))}`);
      } else walk(child);
    }
  };
  walk(root);
  return out;
}

/** The heading outline of `html` with JavaScript off. */
export function staticHeadings(html: string): string[] {
  return headingsOf(new DOMParser().parseFromString(html, 'text/html').body, false);
}

/** The heading outline of a live element, through shadow roots and slots. */
export function composedHeadings(el: Element): string[] {
  return headingsOf(el, true);
}
