import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/what-works/eg-what-works.js';
import type { EgWhatWorks } from '../src/components/what-works/what-works.js';
import { loadSummary } from '../src/content/registry.js';
import { cy } from '../src/internal/locale/cy.js';
import { en } from '../src/internal/locale/en.js';
import { isLoading, shadowText, until } from './helpers.js';
import { found, printRulesAsScreen, showsAddressAfter } from './widget-helpers.js';

const SUMMARY = 'early-years-integration';

async function ready(el: EgWhatWorks): Promise<EgWhatWorks> {
  await until(() => !isLoading(el) && !!el.shadowRoot?.querySelector('section, .problem'));
  await el.updateComplete;
  return el;
}

function item(el: EgWhatWorks, statement: string): HTMLElement {
  const found = Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('.item')).find((li) => li.querySelector('.statement')!.textContent === statement);
  expect(found, statement).to.not.equal(undefined);
  return found!;
}

describe('eg-what-works', () => {
  it('is accessible', async () => {
    const el = await ready(await fixture<EgWhatWorks>(html`<eg-what-works summary=${SUMMARY}></eg-what-works>`));
    await expect(el).to.be.accessible();
  });

  it('renders every item from content with its heading one level below the section', async () => {
    const summary = await loadSummary(SUMMARY);
    const el = await ready(await fixture<EgWhatWorks>(html`<eg-what-works summary=${SUMMARY}></eg-what-works>`));
    const root = el.shadowRoot!;
    expect(root.querySelector('h2')!.textContent).to.equal(en.whatWorks);
    expect(Array.from(root.querySelectorAll('h3'), (h) => h.textContent)).to.deep.equal(summary.whatWorks.map((w) => w.statement));
    for (const h of Array.from(root.querySelectorAll('h3'))) expect(h.getAttribute('lang')).to.equal('en');
    expect(root.querySelector('.intro')!.getAttribute('lang')).to.equal('en');
    expect(root.querySelector('.intro')!.textContent).to.contain('generally weak evidence base');
    expect(root.querySelectorAll('[part="provenance"]').length).to.equal(1);
  });

  it('shows, for each finding an item rests on, the finding and its evidence in the source\'s words', async () => {
    const summary = await loadSummary(SUMMARY);
    const el = await ready(await fixture<EgWhatWorks>(html`<eg-what-works summary=${SUMMARY}></eg-what-works>`));
    for (const work of summary.whatWorks) {
      const li = item(el, work.statement);
      const rows = Array.from(li.querySelectorAll('.rests-on li'));
      expect(rows.length, work.id).to.equal(work.restsOn.length);
      work.restsOn.forEach((fid, i) => {
        const finding = summary.findings.find((f) => f.id === fid)!;
        const row = rows[i]!;
        expect(row.querySelector('.finding')!.textContent).to.equal(finding.statement);
        expect(row.querySelector('.finding')!.getAttribute('lang')).to.equal('en');
        const rating = row.querySelector('[part="rating"]')!;
        if (finding.grade) {
          expect(rating.querySelector('[part="level"] .level')!.textContent).to.equal(en.levelName[finding.grade.level]);
          expect(rating.querySelector('[part="wording"] span')!.textContent).to.equal(finding.grade.wording);
          expect(rating.querySelector('[part="wording"] span')!.getAttribute('lang')).to.equal('en');
        } else {
          expect(rating.querySelector('[part="level"], [part="wording"]')).to.equal(null);
          expect(rating.textContent).to.contain(en.notGraded);
        }
      });
    }
  });

  it('keeps the two grades of the combined-approaches sentence apart: robust for the approaches, indirect for integration', async () => {
    const el = await ready(await fixture<EgWhatWorks>(html`<eg-what-works summary=${SUMMARY}></eg-what-works>`));
    const ratings = Array.from(item(el, 'Combined approaches to intervention, focused on both children and family members').querySelectorAll('[part="rating"]'));
    expect(ratings.map((r) => [r.querySelector('[part="level"] .level')!.textContent, r.querySelector('[part="wording"] span')!.textContent])).to.deep.equal([
      [en.levelName.strong, 'robust evidence'],
      [en.levelName.indirect, 'indirect evidence'],
    ]);
  });

  it('shows the related reviews an item points to as in-text citations, without inventing links', async () => {
    const el = await ready(await fixture<EgWhatWorks>(html`<eg-what-works summary=${SUMMARY}></eg-what-works>`));
    const li = item(el, 'Combine integrated service developments with effective practices from related reviews, wherever possible');
    const related = li.querySelector('.related')!;
    expect(related.textContent).to.contain(en.relatedReviews);
    const text = related.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('family-based support: Siraj-Blatchford and Siraj-Blatchford (2009b)');
    expect(text).to.contain('Narrowing the Gap: Coghlan et al (2009)');
    // The source gives no address for the related reviews: no link.
    expect(found(related.querySelector('a'))).to.equal('none');
    // Items that point to no review show no related list.
    expect(found(item(el, 'High-quality pre-school provision that integrates childcare and education').querySelector('.related'))).to.equal('none');
  });

  it('sets its heading levels from heading-level, clamped to 6', async () => {
    const el = await ready(await fixture<EgWhatWorks>(html`<eg-what-works summary=${SUMMARY} heading-level="4"></eg-what-works>`));
    expect(el.shadowRoot!.querySelector('h4')!.textContent).to.equal(en.whatWorks);
    expect(el.shadowRoot!.querySelectorAll('h5').length).to.equal(3);
    el.headingLevel = 6;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('h6').length).to.equal(4);
  });

  it('prints link addresses and no buttons', async () => {
    const el = await ready(await fixture<EgWhatWorks>(html`<eg-what-works summary=${SUMMARY}></eg-what-works>`));
    const root = el.shadowRoot!;
    const link = root.querySelector('[part="provenance"] a')!;
    expect(showsAddressAfter(link)).to.equal(false);
    const sheets = root.adoptedStyleSheets;
    root.adoptedStyleSheets = [...sheets, printRulesAsScreen(root)];
    try {
      expect(showsAddressAfter(link)).to.equal(true);
    } finally {
      root.adoptedStyleSheets = sheets;
    }
  });

  it('works inline: the author\'s content shows through the slot', async () => {
    const el = await fixture<EgWhatWorks>(html`<eg-what-works>
      <h2>What works</h2>
      <h3>High-quality pre-school provision that integrates childcare and education</h3>
      <eg-evidence-rating level="strong" wording="strong evidence">strong evidence</eg-evidence-rating>
    </eg-what-works>`);
    await expect(el).to.be.accessible();
    expect(el.querySelector('h3')!.assignedSlot).to.not.equal(null);
    expect(found(el.shadowRoot!.querySelector('h2, h3'))).to.equal('none');
  });

  it('speaks Welsh on a Welsh page while the evidence text stays marked as English', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="cy"><eg-what-works summary=${SUMMARY}></eg-what-works></div>`);
    const el = await ready(wrapper.querySelector('eg-what-works')!);
    const root = el.shadowRoot!;
    expect(root.querySelector('h2')!.textContent).to.equal(cy.whatWorks);
    expect(root.querySelector('h2')!.hasAttribute('lang')).to.equal(false);
    expect(shadowText(el)).to.contain(cy.restsOnFindings);
    expect(shadowText(el)).to.contain(cy.relatedReviews);
    expect(shadowText(el)).to.contain('Mawrth 2009');
    const rating = root.querySelector('[part="rating"]')!;
    expect(rating.textContent).to.contain(cy.strengthOfEvidence);
    expect(root.querySelector('[part="rating"] [part="wording"] span')!.getAttribute('lang')).to.equal('en');
    await expect(wrapper).to.be.accessible();
  });
});
