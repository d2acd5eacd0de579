/**
 * (Named to run last: its long keyboard walk leaves Firefox's next page without focus.)
 * Whole-page checks across every widget: axe in each of the six themes, the heading
 * outline, reflow at 320 CSS px, text spacing, focus that is never hidden, Welsh, and
 * print and forced-colours emulation where the browser driver supports them.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../src/define.js';
import { cy } from '../src/internal/locale/cy.js';
import { en } from '../src/internal/locale/en.js';
import { THEMES } from '../src/internal/theme.js';
import { focusBefore, inWebKit, skipWithReason } from './helpers.js';
import {
  allWidgetsReady,
  axeViolations,
  composedContains,
  composedElements,
  deepActiveElement,
  deepElementFromPoint,
  headingOutline,
  linkTheme,
  skippedLevels,
  WCAG_AA,
} from './page-helpers.js';

const S = 'early-years-integration';

/** Every widget, each on its own after an h1 (default heading level 2). */
const WIDGETS: Array<[string, TemplateResult]> = [
  ['eg-summary', html`<eg-summary summary=${S}></eg-summary>`],
  ['eg-key-findings', html`<eg-key-findings summary=${S}></eg-key-findings>`],
  ['eg-finding', html`<eg-finding summary=${S} finding="quality-not-type"></eg-finding>`],
  ['eg-evidence-rating', html`<eg-evidence-rating summary=${S} finding="combined-approaches"></eg-evidence-rating>`],
  ['eg-implications', html`<eg-implications summary=${S} audience="all"></eg-implications>`],
  ['eg-evidence-gaps', html`<eg-evidence-gaps summary=${S}></eg-evidence-gaps>`],
  ['eg-evidence-gap', html`<eg-evidence-gap summary=${S} gap="rigorous-studies"></eg-evidence-gap>`],
  ['eg-stakeholder-views', html`<eg-stakeholder-views summary=${S}></eg-stakeholder-views>`],
  ['eg-what-works', html`<eg-what-works summary=${S}></eg-what-works>`],
  ['eg-evidence-caveat', html`<eg-evidence-caveat summary=${S}></eg-evidence-caveat>`],
  ['eg-provenance', html`<eg-provenance summary=${S}></eg-provenance>`],
  ['eg-references', html`<eg-references summary=${S}></eg-references>`],
  ['eg-glossary-term', html`<p>Services need a common language for <eg-glossary-term summary=${S} term="tiers-of-need">tiers of need</eg-glossary-term>.</p>`],
];

function everyWidgetPage(): TemplateResult {
  return html`<main>
    <h1>Integrating early years services: what the evidence says</h1>
    ${WIDGETS.map(([, t]) => t)}
  </main>`;
}

async function page(t: TemplateResult): Promise<HTMLElement> {
  const el = await fixture<HTMLElement>(t);
  await allWidgetsReady(el);
  return el;
}

describe('a page with every widget', function () {
  this.timeout(60000);

  for (const theme of THEMES) {
    it(`has no WCAG 2.2 A/AA axe violations in the ${theme} theme${theme === 'high-contrast' ? ' (and meets AAA contrast)' : ''}`, async () => {
      const link = await linkTheme(theme);
      try {
        const el = await page(everyWidgetPage());
        el.classList.add(`eg-theme-${theme}`);
        // A widget that rendered in a later slice has content-visibility: auto, and the browser
        // does not lay it out while it is off screen. A reader sees it laid out once it is on
        // screen; axe cannot see colours that are not laid out (dequelabs/axe-core#2768), so the
        // page lays out every widget for the check, as each is when it is on screen.
        for (const w of el.children) (w as HTMLElement).style.contentVisibility = 'visible';
        // Open every disclosure and definition too, so their content is checked.
        for (const d of composedElements(el)) {
          if (d instanceof HTMLDetailsElement) d.open = true;
          if (d.localName === 'eg-glossary-term') (d as HTMLElement & { show(): void }).show();
        }
        await new Promise((r) => requestAnimationFrame(r));
        const tags = theme === 'high-contrast' ? [...WCAG_AA, 'wcag2aaa'] : WCAG_AA;
        const violations = await axeViolations(el, tags, theme === 'high-contrast' ? ['color-contrast-enhanced'] : []);
        expect(violations, violations.join('\n')).to.deep.equal([]);
      } finally {
        link.remove();
      }
    });
  }

  it('the AAA contrast check can fail: 4.5:1 text is caught', async () => {
    const el = await fixture<HTMLElement>(html`<div style="background:#fff"><p style="color:#767676">Grey text that passes AA but not AAA.</p></div>`);
    const violations = await axeViolations(el, [...WCAG_AA, 'wcag2aaa'], ['color-contrast-enhanced']);
    expect(violations.some((v) => v.startsWith('color-contrast-enhanced'))).to.equal(true);
  });

  it('keeps a sound heading outline under an h1: no skipped levels', async () => {
    const el = await page(everyWidgetPage());
    const outline = headingOutline(el);
    expect(outline[0]!.level).to.equal(1);
    expect(outline.length).to.be.greaterThan(40);
    expect(skippedLevels(outline)).to.deep.equal([]);
  });

  for (const [tag, t] of WIDGETS) {
    it(`${tag} after an h1 skips no heading level`, async () => {
      const el = await page(html`<div><h1>Page title</h1>${t}</div>`);
      const outline = headingOutline(el);
      expect(skippedLevels(outline)).to.deep.equal([]);
    });
  }

  it('h1 then eg-summary: title at h2, sections at h3, items at h4', async () => {
    const el = await page(html`<div><h1>Page</h1><eg-summary summary=${S}></eg-summary></div>`);
    const levels = headingOutline(el).map((h) => h.level);
    expect(levels[1]).to.equal(2);
    expect(levels).to.include(3);
    expect(levels).to.include(4);
    expect(Math.max(...levels)).to.be.at.most(5);
  });

  it('switches every library word to Welsh under lang="cy", with the evidence text marked lang="en"', async () => {
    const el = await page(html`<div lang="cy">${everyWidgetPage()}</div>`);
    const text = composedElements(el).map((e) => (e.shadowRoot ? e.shadowRoot.textContent : '')).join(' ');
    for (const word of [cy.summary.contents, cy.keyFindings, cy.strengthOfEvidence, cy.source]) expect(text).to.contain(word);
    for (const word of [en.summary.contents, en.strengthOfEvidence + ':']) expect(text).to.not.contain(word);
    // Evidence text is in English and says so.
    const headings = composedElements(el).filter((e) => /^H[2-6]$/.test(e.tagName) && e.closest('[lang="en"]'));
    expect(headings.length).to.be.greaterThan(10);
    const violations = await axeViolations(el);
    expect(violations, violations.join('\n')).to.deep.equal([]);
  });

  describe('at 320 CSS pixels wide (WCAG 1.4.10 reflow)', () => {
    let resized = false;
    before(async function () {
      if (inWebKit) {
        // WebDriver classic sizes the window, not the viewport, and MiniBrowser's window is at least 447 px wide.
        skipWithReason(this, 'WebKitGTK over WebDriver classic has no viewport emulation and its window cannot be 320 px wide; reflow is checked in Chromium and Firefox.');
      }
      await setViewport({ width: 320, height: 640 });
      resized = true;
    });
    after(async () => {
      if (resized) await setViewport({ width: 800, height: 600 });
    });

    it('needs no horizontal scrolling', async () => {
      const el = await page(everyWidgetPage());
      for (const w of composedElements(el)) if (w.localName === 'eg-glossary-term') (w as HTMLElement & { show(): void }).show();
      await new Promise((r) => requestAnimationFrame(r));
      expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
      const wide = composedElements(el).filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1 && (e as HTMLElement).checkVisibility?.() !== false);
      expect(wide.map((e) => e.localName + '.' + e.className)).to.deep.equal([]);
    });
  });

  it('loses no content with WCAG text-spacing overrides (1.4.12)', async () => {
    const el = await page(everyWidgetPage());
    const spacing = new CSSStyleSheet();
    spacing.replaceSync('* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }');
    const roots = [document, ...composedElements(el).flatMap((e) => (e.shadowRoot ? [e.shadowRoot] : []))];
    for (const r of roots) r.adoptedStyleSheets = [...r.adoptedStyleSheets, spacing];
    try {
      await new Promise((r) => requestAnimationFrame(r));
      const clipped = composedElements(el).filter((e) => {
        const style = getComputedStyle(e);
        if (!/hidden|clip/.test(style.overflow) || e.classList.contains('visually-hidden')) return false;
        return e.scrollHeight > e.clientHeight + 1 || e.scrollWidth > e.clientWidth + 1;
      });
      expect(clipped.map((e) => `${e.localName}.${e.className}`)).to.deep.equal([]);
    } finally {
      for (const r of roots) r.adoptedStyleSheets = r.adoptedStyleSheets.filter((s) => s !== spacing);
    }
  });

  it('never hides keyboard focus: every stop is on screen, on top and visibly styled (2.4.7, 2.4.11)', async () => {
    const el = await page(everyWidgetPage());
    const seen = new Set<Element>();
    // Tab exactly as many times as there are tab stops, so focus never leaves the page
    // (in Firefox, tabbing out of the document into the browser's own UI upsets later key presses).
    const stops = composedElements(el).filter(
      (e) => e.matches('a[href], button, summary, input, select, textarea, [tabindex="0"]') && (e as HTMLElement).checkVisibility() && !(e as HTMLElement).closest?.('[hidden]'),
    ).length;
    await focusBefore(el);
    for (let i = 0; i < stops; i++) {
      await sendKeys({ press: 'Tab' });
      const focused = deepActiveElement();
      if (!focused || focused === document.body || !composedContains(el, focused) || seen.has(focused)) break;
      seen.add(focused);
      const r = focused.getBoundingClientRect();
      expect(r.width * r.height, `${focused.localName} has no size`).to.be.greaterThan(0);
      expect(r.bottom > 0 && r.top < window.innerHeight, `${focused.localName} is off screen`).to.equal(true);
      const top = deepElementFromPoint(r.left + Math.min(4, r.width / 2), r.top + r.height / 2);
      expect(top && (composedContains(focused, top) || composedContains(top, focused)), `${focused.localName} "${focused.textContent?.trim().slice(0, 30)}" is covered by ${top?.localName}`).to.equal(true);
      const style = getComputedStyle(focused);
      const shown = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      const shadow = style.boxShadow !== 'none';
      expect(shown || shadow, `${focused.localName} has no visible focus style`).to.equal(true);
    }
    expect(seen.size).to.be.greaterThan(20);
  });

  describe('print', () => {
    it('expands everything: every audience, definitions, links with their address, no buttons', async function () {
      if (inWebKit) skipWithReason(this, 'print-medium emulation is not in WebDriver classic, which drives WebKitGTK; each widget test checks its print rules directly.');
      try {
        await emulateMedia({ media: 'print' });
      } catch (err) {
        console.log(`Skipped print emulation here: the browser driver cannot emulate print (${String(err).split('\n')[0]}).`);
        this.skip();
      }
      try {
        const el = await page(everyWidgetPage());
        const all = composedElements(el) as HTMLElement[];
        // The glossary term's button is the term's own text in print, followed by its definition.
        const buttons = all.filter((e) => e.localName === 'button' && e.getAttribute('part') !== 'term' && e.checkVisibility());
        expect(buttons.map((b) => b.textContent?.trim())).to.deep.equal([]);
        const radios = all.filter((e) => e.localName === 'fieldset' && e.checkVisibility());
        expect(radios.length).to.equal(0);
        const implications = all.find((e) => e.localName === 'eg-implications')!;
        const text = composedElements(implications).filter((e) => (e as HTMLElement).checkVisibility()).map((e) => e.textContent).join(' ');
        expect(text).to.contain(en.implications.forLocal);
        expect(text).to.contain(en.implications.forNational);
        const link = all.find((e) => e.localName === 'a' && (e as HTMLAnchorElement).href.startsWith('http://www.c4eo'))!;
        expect(getComputedStyle(link, '::after').content).to.contain('c4eo');
        const definition = all.find((e) => e.getAttribute('part') === 'definition')!;
        expect(definition.checkVisibility()).to.equal(true);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });
});

describe('forced colours (Windows High Contrast)', function () {
  this.timeout(30000);

  it('keeps the rating, borders and focus visible in system colours, with no axe violations', async function () {
    if (inWebKit) skipWithReason(this, 'forced-colours emulation needs the DevTools protocol (Chromium only); WebKitGTK runs over WebDriver classic.');
    const { executeServerCommand } = await import('@web/test-runner-commands');
    try {
      await executeServerCommand('eg-emulate-forced-colors', { active: true });
    } catch (err) {
      console.log(`Skipped forced-colours emulation here: ${String(err).split('\n')[0]}`);
      this.skip();
    }
    try {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const el = await page(html`<main><h1>Page</h1><eg-finding summary=${S} finding="combined-approaches"></eg-finding></main>`);
      const rating = el.querySelector('eg-finding')!.shadowRoot!.querySelector('[part="rating"]')!;
      // The rating is text only: its words stay in the system's text colour.
      const wording = rating.querySelector('[part="wording"]')!;
      expect(getComputedStyle(wording).color).to.equal(getComputedStyle(rating).color);
      const violations = await axeViolations(el);
      expect(violations, violations.join('\n')).to.deep.equal([]);
    } finally {
      await executeServerCommand('eg-emulate-forced-colors', { active: false });
    }
  });
});
