import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/provenance/eg-provenance.js';
import { ageInYears, type EgProvenance } from '../src/components/provenance/provenance.js';
import { loadSummary } from '../src/content/registry.js';
import { cy } from '../src/internal/locale/cy.js';
import { en } from '../src/internal/locale/en.js';
import { captureWarnings, isLoading, shadowText, until } from './helpers.js';
import { found, printRulesAsScreen, showsAddressAfter } from './widget-helpers.js';

const SUMMARY = 'early-years-integration';
const NOV_2026 = new Date(2026, 10, 30);
const JAN_2010 = new Date(2010, 0, 15);

async function ready(el: EgProvenance): Promise<EgProvenance> {
  await until(() => !isLoading(el) && !!el.shadowRoot?.querySelector('section, .problem'));
  await el.updateComplete;
  return el;
}

/** The definition-list value under the term `term`. */
function value(el: EgProvenance, term: string): HTMLElement {
  const dt = Array.from(el.shadowRoot!.querySelectorAll('dt')).find((d) => d.textContent === term);
  expect(dt, term).to.not.equal(undefined);
  return dt!.nextElementSibling as HTMLElement;
}

function fold(s: string | null): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

describe('eg-provenance', () => {
  it('is accessible', async () => {
    const el = await ready(await fixture<EgProvenance>(html`<eg-provenance summary=${SUMMARY} .now=${NOV_2026}></eg-provenance>`));
    await expect(el).to.be.accessible();
  });

  it('shows where the summary comes from, from content', async () => {
    const summary = await loadSummary(SUMMARY);
    const el = await ready(await fixture<EgProvenance>(html`<eg-provenance summary=${SUMMARY}></eg-provenance>`));
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal(en.aboutThisSummary);
    expect(fold(value(el, en.publisher).textContent)).to.equal(`${summary.meta.publisher} (C4EO)`);
    expect(value(el, en.published).textContent).to.equal('March 2009');
    expect(value(el, en.published).querySelector('time')!.getAttribute('datetime')).to.equal('2009-03');
    expect(value(el, en.series).textContent).to.equal('Early Years progress map summary no. 3');
    const basedOn = value(el, en.basedOnLabel);
    expect(basedOn.querySelector('cite')!.textContent).to.contain('knowledge review 3');
    const link = basedOn.querySelector('a')!;
    expect(link.textContent).to.equal('Siraj-Blatchford and Siraj-Blatchford (2009a)');
    expect(link.getAttribute('href')).to.equal('http://www.c4eo.org.uk/themes/earlyyears/effectivepractice/files/c4eo_effective_practice_kr_1.pdf');
    expect(basedOn.textContent).to.contain(en.linkFrom2009('2009'));
    const reviewed = summary.meta.lastReviewed.split('-').map(Number);
    expect(value(el, en.checkedAgainstSource).textContent).to.equal(`${reviewed[2]} ${en.months[reviewed[1]! - 1]} ${reviewed[0]}`);
    expect(value(el, en.copyright).textContent).to.equal(summary.meta.copyright);
    expect(value(el, en.howToCite).textContent).to.equal(summary.meta.citation);
    for (const term of [en.publisher, en.series, en.copyright, en.howToCite]) {
      expect(value(el, term).querySelector('[lang="en"]'), term).to.not.equal(null);
    }
  });

  it('says newer evidence may exist, with the age in years, when the clock says the summary is old', async () => {
    const el = await ready(await fixture<EgProvenance>(html`<eg-provenance summary=${SUMMARY} .now=${NOV_2026}></eg-provenance>`));
    const notice = el.shadowRoot!.querySelector('[part="age-notice"]')!;
    expect(notice.textContent).to.equal('Published March 2009 (17 years ago); newer evidence may exist.');
  });

  it('shows no age notice while the summary is young, and takes a clock function', async () => {
    const el = await ready(await fixture<EgProvenance>(html`<eg-provenance summary=${SUMMARY} .now=${JAN_2010}></eg-provenance>`));
    expect(found(el.shadowRoot!.querySelector('[part="age-notice"]'))).to.equal('none');
    expect(shadowText(el)).to.not.contain('newer evidence');
    // Two years and a month later, from a clock function.
    el.now = () => new Date(2011, 3, 1);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="age-notice"]')!.textContent).to.equal('Published March 2009 (2 years ago); newer evidence may exist.');
  });

  it('takes its threshold from age-notice-years', async () => {
    const el = await ready(
      await fixture<EgProvenance>(html`<eg-provenance summary=${SUMMARY} age-notice-years="1" .now=${new Date(2010, 3, 1)}></eg-provenance>`),
    );
    expect(el.shadowRoot!.querySelector('[part="age-notice"]')!.textContent).to.equal('Published March 2009 (1 year ago); newer evidence may exist.');
    el.ageNoticeYears = 20;
    el.now = NOV_2026;
    await el.updateComplete;
    expect(found(el.shadowRoot!.querySelector('[part="age-notice"]'))).to.equal('none');
  });

  it('counts whole years by month', () => {
    expect(ageInYears('2009-03', new Date(2011, 1, 28))).to.equal(1);
    expect(ageInYears('2009-03', new Date(2011, 2, 1))).to.equal(2);
    expect(ageInYears('2009-03', new Date(2008, 0, 1))).to.equal(0);
    expect(ageInYears('not a date', NOV_2026)).to.equal(undefined);
  });

  it('sets its heading level from heading-level', async () => {
    const el = await ready(await fixture<EgProvenance>(html`<eg-provenance summary=${SUMMARY} heading-level="3"></eg-provenance>`));
    expect(el.shadowRoot!.querySelector('h3')!.textContent).to.equal(en.aboutThisSummary);
    el.headingLevel = 0;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h1')).to.not.equal(null);
  });

  it('prints the address of its link', async () => {
    const el = await ready(await fixture<EgProvenance>(html`<eg-provenance summary=${SUMMARY}></eg-provenance>`));
    const root = el.shadowRoot!;
    const link = root.querySelector('a')!;
    expect(showsAddressAfter(link)).to.equal(false);
    const sheets = root.adoptedStyleSheets;
    root.adoptedStyleSheets = [...sheets, printRulesAsScreen(root)];
    try {
      expect(showsAddressAfter(link)).to.equal(true);
    } finally {
      root.adoptedStyleSheets = sheets;
    }
  });

  it('names an invalid age-notice-years and warns once', async () => {
    const warnings = captureWarnings();
    try {
      const el = await ready(await fixture<EgProvenance>(html`<eg-provenance summary=${SUMMARY} age-notice-years="soon"></eg-provenance>`));
      expect(shadowText(el)).to.contain('“soon”');
      expect(shadowText(el)).to.contain('age-notice-years');
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings.calls.length).to.equal(1);
      expect(warnings.calls[0]).to.contain('soon');
      await expect(el).to.be.accessible();
    } finally {
      warnings.restore();
    }
  });

  it('works inline: the author\'s content shows through the slot', async () => {
    const el = await fixture<EgProvenance>(html`<eg-provenance>
      <h2>About this evidence summary</h2>
      <p>Published by C4EO, March 2009.</p>
    </eg-provenance>`);
    await expect(el).to.be.accessible();
    expect(el.querySelector('h2')!.assignedSlot).to.not.equal(null);
    expect(found(el.shadowRoot!.querySelector('h2, dl'))).to.equal('none');
  });

  it('speaks Welsh on a Welsh page, with Welsh month names from the cy module', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="cy"><eg-provenance summary=${SUMMARY} .now=${NOV_2026}></eg-provenance></div>`);
    const el = await ready(wrapper.querySelector('eg-provenance')!);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal(cy.aboutThisSummary);
    expect(value(el as EgProvenance, cy.published).textContent).to.equal('Mawrth 2009');
    const [year, month, day] = (await loadSummary(SUMMARY)).meta.lastReviewed.split('-').map(Number);
    expect(value(el as EgProvenance, cy.checkedAgainstSource).textContent).to.equal(`${day} ${cy.months[month! - 1]} ${year}`);
    expect(cy.months[10]).to.equal('Tachwedd');
    expect(el.shadowRoot!.querySelector('[part="age-notice"]')!.textContent).to.equal(
      'Cyhoeddwyd ym mis Mawrth 2009 (17 o flynyddoedd yn ôl); efallai fod tystiolaeth fwy diweddar ar gael.',
    );
    expect(value(el as EgProvenance, cy.copyright).querySelector('span')!.getAttribute('lang')).to.equal('en');
    await expect(wrapper).to.be.accessible();
  });
});
