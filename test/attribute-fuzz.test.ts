/**
 * Attribute fuzzing: every attribute of every widget (from custom-elements.json, plus
 * `lang` and `data-eg-theme`, which every widget reads), on its own, gets empty, very long,
 * Unicode, control-character and out-of-range values, with a valid summary and without one
 * (the widget then has inline content written inside it, as a no-JavaScript snippet does).
 *
 * For every element: no uncaught exception or unhandled rejection, and it shows either
 * content (the summary's, or its inline content as the fallback) or a visible message
 * (`[part~="problem"]`, the shared base's message, src/internal/problem.ts). Batched many
 * elements to a page.
 */
import { expect } from '@open-wc/testing';
import '../src/define.js';
import { loadSummary, registerSummary } from '../src/content/registry.js';
import type { Summary } from '../src/content/types.js';
import { captureWarnings } from './helpers.js';
import { manifestWidgets, settle, show, type WidgetSpec } from './hostile-helpers.js';

const READ_ATTRIBUTES = ['lang', 'data-eg-theme'];

/** The values every attribute gets. */
const VALUES: ReadonlyArray<readonly [kind: string, value: string]> = [
  ['empty', ''],
  ['very long', 'x'.repeat(100_000)],
  ['right-to-left override, emoji and combining marks', '\u202Eevil\u202C\u2067isolate\u2069 👩‍👩‍👧‍👦🏳️‍🌈 ' + 'Z̷̢̛a̸l̷g̶o̴'.repeat(30)],
  ['NUL-ish and lone surrogates', '\u0000\uFFFD\uFFFF\uFEFF\u200B\uD800x\uDC00\uDBFF'],
  ['control characters and white space', ' \t\n\u0001\u0007\u001B[31m\u007F\u0085\u2028\u2029 '],
  ['negative', '-1'],
  ['huge', '999999'],
  ['not a number', 'NaN'],
  ['infinite', 'Infinity'],
  ['unknown enum value', 'STRONG'],
  ['unknown id that is a prototype key', '__proto__'],
];

const BASELINE_ID = 'attribute-fuzz-baseline';

async function registerBaseline(): Promise<Summary> {
  const real = await loadSummary('early-years-integration');
  const findings = real.findings.slice(0, 3);
  const firstParagraph = (html: string) => ({ html: /<p>[\s\S]*?<\/p>/.exec(html)?.[0] ?? html, lead: '' });
  const keep = new Set<string>([real.meta.basedOn, ...findings.flatMap((f) => f.sources)]);
  const summary: Summary = {
    ...real,
    meta: { ...real.meta, id: BASELINE_ID },
    scope: firstParagraph(real.scope.html),
    introduction: firstParagraph(real.introduction.html),
    caveat: firstParagraph(real.caveat.html),
    findings,
    stakeholderViews: real.stakeholderViews.slice(0, 1),
    implications: [real.implications.find((i) => i.audience === 'local')!, real.implications.find((i) => i.audience === 'national')!],
    whatWorks: [],
    evidenceGaps: real.evidenceGaps.slice(0, 1),
    glossary: real.glossary.slice(0, 1),
    references: real.references.filter((r) => keep.has(r.id)),
  };
  registerSummary({ id: BASELINE_ID, title: real.meta.title, published: real.meta.published, lang: real.meta.lang }, () => Promise.resolve(summary));
  return summary;
}

interface Case {
  tag: string;
  attrs: Record<string, string>;
  /** Light-DOM content written inside, as HTML (the test's own). */
  inline?: string;
  label: string;
}

/** What the element shows a reader: its shadow root's text, with slotted content in place of its slots. */
function shownText(el: Element): string {
  const root = el.shadowRoot;
  if (!root) return '';
  const walk = (node: Node): string => {
    if (node instanceof HTMLSlotElement) return node.assignedNodes({ flatten: true }).map((n) => n.textContent ?? '').join(' ');
    if (node instanceof Element && (node.hasAttribute('hidden') || node.localName === 'style')) return '';
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    return Array.from(node.childNodes, walk).join(' ');
  };
  return walk(root).replace(/\s+/g, ' ').trim();
}

/** The element's visible message, if it shows one. */
function visibleProblem(el: Element): Element | undefined {
  const p = el.shadowRoot?.querySelector('[part~="problem"], [role="alert"]');
  return p && p.getClientRects().length > 0 && p.textContent?.trim() ? p : undefined;
}

describe('attribute fuzzing: every attribute of every widget', function () {
  this.timeout(120000);
  let widgets: WidgetSpec[];
  let valid: Record<string, string>;
  let errors: string[];
  let warnings: ReturnType<typeof captureWarnings>;
  const onError = (e: ErrorEvent) => errors.push(`${e.message} at ${e.filename}:${e.lineno}`);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(`unhandled rejection: ${String(e.reason)}`);

  before(async () => {
    widgets = await manifestWidgets();
    const s = await registerBaseline();
    valid = { finding: s.findings.find((f) => f.grade)!.id, gap: s.evidenceGaps[0]!.id, view: s.stakeholderViews[0]!.id, reference: s.references[0]!.id, term: s.glossary[0]!.id };
  });
  beforeEach(() => {
    errors = [];
    warnings = captureWarnings();
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    warnings.restore();
    for (const page of document.querySelectorAll('[data-fuzz-page]')) page.remove();
  });

  const attributesOf = (spec: WidgetSpec) => [...spec.attributes.map((a) => a.name), ...READ_ATTRIBUTES];

  /** With content: a valid summary and item. */
  const withSummary = (spec: WidgetSpec, attr: string, value: string): Case => {
    const attrs: Record<string, string> = { summary: BASELINE_ID };
    for (const { name } of spec.attributes) if (name in valid) attrs[name] = valid[name]!;
    return { tag: spec.tag, attrs: { ...attrs, [attr]: value }, label: `<${spec.tag} summary=… ${attr}=${show(value)}>` };
  };
  /** Without a summary: inline content written inside, as a no-JavaScript snippet has it. */
  const inline = (spec: WidgetSpec, attr: string, value: string): Case => {
    const rating = spec.tag === 'eg-evidence-rating';
    const attrs: Record<string, string> = rating ? { level: 'moderate' } : {};
    const html = rating ? 'some evidence' : spec.tag === 'eg-glossary-term' ? 'integration' : '<p>The content written inside the widget.</p>';
    return { tag: spec.tag, attrs: { ...attrs, [attr]: value }, inline: html, label: `<${spec.tag} ${attr}=${show(value)}> (inline content)` };
  };

  async function run(cases: Case[], size = 500): Promise<void> {
    for (let start = 0; start < cases.length; start += size) {
      const batch = cases.slice(start, start + size);
      const page = document.createElement('div');
      page.dataset.fuzzPage = '';
      const elements = batch.map((c) => {
        const el = document.createElement(c.tag);
        for (const [k, v] of Object.entries(c.attrs)) el.setAttribute(k, v);
        if (c.inline) el.innerHTML = c.inline;
        return page.appendChild(el);
      });
      document.body.append(page);
      await settle(page, { grace: 50 });
      expect(errors, `no uncaught error (${batch[0]!.label} ...)`).to.deep.equal([]);
      const blank = batch.filter((_, i) => !visibleProblem(elements[i]!) && !shownText(elements[i]!));
      expect(blank.length, `every element shows content or a visible message; blank:\n${blank.slice(0, 20).map((c) => c.label).join('\n')}`).to.equal(0);
      page.remove();
    }
  }

  it('the self-check: an element that shows nothing is caught', async () => {
    const el = document.createElement('eg-key-findings');
    document.body.append(el);
    await settle(el.parentElement!, { grace: 0 });
    expect(!!visibleProblem(el) || !!shownText(el), 'an empty inline widget shows nothing').to.equal(false);
    el.remove();
  });

  it('every attribute, each value, with a valid summary and without one', async () => {
    const cases: Case[] = [];
    for (const spec of widgets) {
      for (const attr of attributesOf(spec)) {
        for (const [, value] of VALUES) cases.push(withSummary(spec, attr, value), inline(spec, attr, value));
      }
    }
    expect(cases.length).to.equal(widgets.reduce((n, w) => n + attributesOf(w).length, 0) * VALUES.length * 2);
    await run(cases);
  });
});
