/**
 * The `theme` attribute (and `data-eg-theme` on an ancestor): a theme applied without linking
 * its stylesheet, loaded on demand and adopted into the widget's shadow root.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import { THEMES } from '../src/internal/theme.js';
import { captureWarnings, until } from './helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/** The font size the rating's shadow root computes for its text: themes set --eg-font-size. */
const fontSize = (el: Element) => getComputedStyle(el.shadowRoot!.querySelector('[part="rating"]')!).fontSize;
/** The number of sheets in the widget's shadow root beyond its own styles. */
const sheetCount = (el: Element) => el.shadowRoot!.adoptedStyleSheets.length;

async function rating(attrs = ''): Promise<{ wrapper: HTMLElement; el: Widget }> {
  const wrapper = await fixture<HTMLElement>(html`<div></div>`);
  wrapper.innerHTML = `<eg-evidence-rating level="strong" ${attrs}></eg-evidence-rating>`;
  const el = wrapper.querySelector('eg-evidence-rating') as Widget;
  await el.updateComplete;
  return { wrapper, el };
}

describe('the theme attribute', () => {
  it('applies a theme on demand, switches it, and removes it', async () => {
    const { el } = await rating();
    const plain = fontSize(el);
    const ownSheets = sheetCount(el);
    el.setAttribute('theme', 'govuk'); // GOV.UK body text is 19px
    await until(() => sheetCount(el) === ownSheets + 1);
    expect(fontSize(el)).to.equal('19px');
    el.setAttribute('theme', 'dark');
    await until(() => fontSize(el) !== '19px');
    expect(sheetCount(el), 'the govuk sheet was replaced, not added to').to.equal(ownSheets + 1);
    el.removeAttribute('theme');
    await until(() => sheetCount(el) === ownSheets);
    expect(fontSize(el)).to.equal(plain);
  });

  it('takes the theme from data-eg-theme on an ancestor', async () => {
    const { wrapper, el } = await rating();
    const ownSheets = sheetCount(el);
    wrapper.dataset.egTheme = 'govuk';
    el.setAttribute('level', 'moderate'); // any update re-reads the theme
    await until(() => sheetCount(el) === ownSheets + 1);
    expect(fontSize(el)).to.equal('19px');
  });

  it('shows a visible message naming an unknown theme, lists the valid ones in one warning, and keeps the default look', async () => {
    const warnings = captureWarnings();
    try {
      const { el } = await rating('theme="sparkly"');
      const problem = el.shadowRoot!.querySelector('[part="problem"]');
      expect(problem?.textContent).to.contain('sparkly');
      expect(warnings.calls.filter((w) => w.includes('sparkly'))).to.have.length(1);
      expect(warnings.calls.find((w) => w.includes('sparkly'))).to.contain(THEMES.join(', '));
      expect(el.shadowRoot!.querySelector('[part="rating"]'), 'still shows the rating').to.not.equal(null);
    } finally {
      warnings.restore();
    }
  });
});
