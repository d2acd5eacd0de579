/**
 * What every widget inherits from the shared base (src/internal/eg-element.ts), checked once
 * per widget: busy (`:state(loading)`, `ariaBusy` on its ElementInternals, a status message)
 * while its summary loads and not after, with no attribute on the host for it; a
 * visible, accessible message naming an unknown summary, with one console warning listing
 * the valid ids; and a failed load that offers "Try again" and recovers.
 */
import { expect, fixture } from '@open-wc/testing';
import { html, unsafeStatic } from 'lit/static-html.js';
import '../src/define.js';
import { registerSummary } from '../src/content/registry.js';
import { loadSummary } from '../src/content/registry.js';
import { en } from '../src/internal/locale/en.js';
import { captureWarnings, isLoading, slowSummary, until } from './helpers.js';
import { axeViolations } from './page-helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown>; requestUpdate(): void };

/** Every widget with the item attribute it needs to show something (glossary terms keep their own text while loading). */
const WIDGETS: Array<[tag: string, attrs: Record<string, string>]> = [
  ['eg-summary', {}],
  ['eg-key-findings', {}],
  ['eg-finding', { finding: 'quality-not-type' }],
  ['eg-evidence-rating', { finding: 'combined-approaches' }],
  ['eg-implications', {}],
  ['eg-evidence-gaps', {}],
  ['eg-evidence-gap', { gap: 'rigorous-studies' }],
  ['eg-stakeholder-views', {}],
  ['eg-what-works', {}],
  ['eg-evidence-caveat', {}],
  ['eg-provenance', {}],
  ['eg-references', {}],
];

async function widget(tag: string, summary: string, attrs: Record<string, string>): Promise<Widget> {
  const t = unsafeStatic(tag);
  const el = await fixture<Widget>(html`<${t} summary=${summary}></${t}>`);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  await el.updateComplete;
  return el;
}

const settled = (el: Widget) => until(() => !isLoading(el) && !!el.shadowRoot?.querySelector('*:not(style)'));

/** `ariaBusy` on the widget's ElementInternals (what assistive technology reads; not an attribute of the host). */
const ariaBusy = (el: Widget) => (el as Widget & { internals?: ElementInternals }).internals?.ariaBusy;

let failing = 0;

describe('every widget (the shared EgElement base)', function () {
  this.timeout(20000);

  for (const [tag, attrs] of WIDGETS) {
    describe(tag, () => {
      it('is busy with a status message while its summary loads, and not after', async () => {
        const slow = await slowSummary();
        const el = await widget(tag, slow.id, attrs);
        const changed: Array<string | null> = [];
        new MutationObserver((records) => changed.push(...records.map((r) => r.attributeName))).observe(el, { attributes: true });
        // Straight from the engine (no fallback): every engine the tests run in has custom
        // states and ARIA reflection on ElementInternals (not an expando property).
        expect(el.matches(':state(loading)'), ':state(loading)').to.equal(true);
        expect('ariaBusy' in ElementInternals.prototype, 'ElementInternals reflects ARIA').to.equal(true);
        expect(ariaBusy(el), 'ariaBusy on its internals').to.equal('true');
        expect(el.hasAttribute('aria-busy'), 'no aria-busy attribute on the host').to.equal(false);
        expect(el.shadowRoot!.querySelector('[role="status"]')?.textContent).to.equal(en.loading);
        slow.release();
        await settled(el);
        await new Promise((r) => setTimeout(r));
        expect(el.matches(':state(loading)'), ':state(loading) after the load').to.equal(false);
        expect(ariaBusy(el), 'ariaBusy after the load').to.equal(null);
        expect(changed, 'attributes changed on the host').to.deep.equal([]);
        expect(!!el.shadowRoot!.querySelector('.problem'), 'no problem message').to.equal(false);
      });

      it('names an unknown summary in a visible, accessible message and warns once with the valid ids', async () => {
        const warnings = captureWarnings();
        try {
          const el = await widget(tag, 'no-such-summary', attrs);
          await settled(el);
          expect(el.shadowRoot!.textContent).to.contain(en.summaryNotFound('no-such-summary'));
          el.requestUpdate();
          await el.updateComplete;
          expect(warnings.calls.length).to.equal(1);
          expect(warnings.calls[0]).to.contain(`<${tag}>`);
          expect(warnings.calls[0]).to.contain('early-years-integration');
          const violations = await axeViolations(el);
          expect(violations, violations.join('\n')).to.deep.equal([]);
        } finally {
          warnings.restore();
        }
      });

      it('offers "Try again" when loading fails, and recovers when it is pressed', async () => {
        const real = await loadSummary('early-years-integration');
        let fail = true;
        const id = `flaky-${++failing}`;
        registerSummary({ id, title: real.meta.title, published: real.meta.published, lang: real.meta.lang }, () =>
          fail ? Promise.reject(new Error('network down')) : Promise.resolve(real),
        );
        const warnings = captureWarnings();
        try {
          const el = await widget(tag, id, attrs);
          await settled(el);
          expect(el.shadowRoot!.textContent).to.contain(en.loadFailed);
          const retry = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === en.tryAgain);
          expect(retry, 'a Try again button').to.not.equal(undefined);
          fail = false;
          retry!.click();
          await until(() => !el.shadowRoot!.querySelector('.problem') && !isLoading(el));
          expect(el.shadowRoot!.textContent).to.not.contain(en.loadFailed);
        } finally {
          warnings.restore();
        }
      });
    });
  }
});

describe('many widgets at once (slices)', function () {
  this.timeout(60000);

  it('renders the first slice at once; the first 12 widgets have no content-visibility, and later ones content-visibility: auto', async () => {
    await loadSummary('early-years-integration');
    await new Promise((r) => setTimeout(r, 150)); // a pause: the widgets of earlier tests have rendered
    const lone = await fixture<Widget>(html`<eg-finding summary="early-years-integration" finding="quality-not-type"></eg-finding>`);
    await lone.updateComplete;
    expect(getComputedStyle(lone).contentVisibility, 'a lone widget').to.equal('visible');

    const ids = (await loadSummary('early-years-integration')).findings.map((f) => f.id);
    await new Promise((r) => setTimeout(r, 150)); // a pause again: the many start a slice of their own
    const many = await fixture<HTMLElement>(
      html`<div>${Array.from({ length: 400 }, (_, i) => html`<eg-finding summary="early-years-integration" finding=${ids[i % ids.length]!}></eg-finding>`)}</div>`,
    );
    const widgets = [...many.children] as Widget[];
    await Promise.all(widgets.map((w) => w.updateComplete));
    expect(widgets.every((w) => w.shadowRoot?.querySelector('article')), 'every finding rendered').to.equal(true);
    expect(getComputedStyle(widgets[0]!).contentVisibility, 'the first widget').to.equal('visible');
    // About a screenful of findings is laid out at once; the rest only as they near the screen.
    expect(getComputedStyle(widgets[11]!).contentVisibility, 'the 12th widget').to.equal('visible');
    expect(getComputedStyle(widgets[12]!).contentVisibility, 'the 13th widget').to.equal('auto');
    expect(getComputedStyle(widgets.at(-1)!).contentVisibility, 'the last of 400').to.equal('auto');
  });
});
