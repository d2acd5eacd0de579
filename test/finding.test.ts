import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/finding/eg-finding.js';
import type { EgFinding } from '../src/components/finding/finding.js';
import { loadSummary } from '../src/content/registry.js';
import { en } from '../src/internal/locale/en.js';
import { cy } from '../src/internal/locale/cy.js';
import { captureWarnings, focusBefore, isLoading, shadowText, until } from './helpers.js';

const SUMMARY = 'early-years-integration';

async function ready(el: EgFinding): Promise<EgFinding> {
  await until(() => !isLoading(el) && !!el.shadowRoot?.querySelector('article, .problem'));
  await el.updateComplete;
  return el;
}

describe('eg-finding', () => {
  it('is accessible when showing a graded finding from content', async () => {
    const el = await ready(await fixture<EgFinding>(html`<eg-finding summary=${SUMMARY} finding="quality-not-type"></eg-finding>`));
    await expect(el).to.be.accessible();
  });

  it('shows the statement, the rating with the source wording, and the source', async () => {
    const summary = await loadSummary(SUMMARY);
    const el = await ready(await fixture<EgFinding>(html`<eg-finding summary=${SUMMARY} finding="high-quality-preschool"></eg-finding>`));
    const item = summary.findings.find((f) => f.id === 'high-quality-preschool')!;
    const heading = el.shadowRoot!.querySelector('h2')!;
    expect(heading.textContent).to.equal(item.statement);
    expect(heading.getAttribute('lang')).to.equal('en');
    // The rating is part of the finding's own markup: no element (and shadow root) of its own.
    expect(el.shadowRoot!.querySelector('eg-evidence-rating')).to.equal(null);
    const rating = el.shadowRoot!.querySelector('[part="rating"]')!;
    expect(rating.querySelector('[part="wording"]')!.textContent).to.contain('strong evidence');
    expect(rating.querySelector('[part="level"]')!.textContent).to.contain(en.levelName.strong);
    expect(shadowText(el)).to.contain('age of 11');
    // Provenance: publisher, date and a link to the reference the finding rests on.
    const provenance = el.shadowRoot!.querySelector('[part="provenance"]')!;
    expect(provenance.textContent).to.contain('C4EO');
    expect(provenance.textContent).to.contain('March 2009');
    const link = provenance.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('http://www.c4eo.org.uk/themes/earlyyears/effectivepractice/files/c4eo_effective_practice_kr_1.pdf');
    expect(link.textContent).to.equal('Siraj-Blatchford and Siraj-Blatchford (2009a)');
    // The article is named by its heading.
    expect(el.shadowRoot!.querySelector('article')!.getAttribute('aria-labelledby')).to.equal(heading.id);
  });

  it('shows an ungraded statement as not graded, never with an invented grade', async () => {
    const el = await ready(await fixture<EgFinding>(html`<eg-finding summary=${SUMMARY} finding="specific-training"></eg-finding>`));
    const rating = el.shadowRoot!.querySelector('[part="rating"]')!;
    expect(rating.querySelector('[part="level"], [part="wording"]')).to.equal(null);
    expect(rating.textContent).to.contain(en.notGraded);
    await expect(el).to.be.accessible();
  });

  it('sets its heading level from heading-level, clamped to 1-6', async () => {
    const el = await ready(await fixture<EgFinding>(html`<eg-finding summary=${SUMMARY} finding="quality-not-type" heading-level="4"></eg-finding>`));
    expect(el.shadowRoot!.querySelector('h4')).to.not.equal(null);
    el.headingLevel = 9;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h6')).to.not.equal(null);
  });

  it('renders at once, with no loading flash, when the summary has already loaded', async () => {
    await loadSummary(SUMMARY);
    const fresh = document.createElement('eg-finding') as EgFinding;
    // Whether it is loading at each of its updates (the loading state is no attribute to observe).
    const seen: boolean[] = [];
    fresh.addController({ hostUpdated: () => seen.push(isLoading(fresh)) });
    fresh.summary = SUMMARY;
    fresh.finding = 'quality-not-type';
    document.body.append(fresh);
    await fresh.updateComplete;
    expect(fresh.shadowRoot!.querySelector('article')).to.not.equal(null);
    await new Promise((r) => setTimeout(r));
    expect(seen.length, 'updated').to.be.greaterThan(0);
    expect(seen.filter(Boolean), 'updates while loading').to.deep.equal([]);
    fresh.remove();
  });

  it('shows an accessible message naming an unknown finding id and warns once listing the valid ids', async () => {
    const warnings = captureWarnings();
    try {
      const el = await ready(await fixture<EgFinding>(html`<eg-finding summary=${SUMMARY} finding="no-such-finding"></eg-finding>`));
      expect(shadowText(el)).to.contain(en.itemNotFound('finding', 'no-such-finding', SUMMARY));
      await expect(el).to.be.accessible();
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings.calls.length).to.equal(1);
      expect(warnings.calls[0]).to.contain('quality-not-type');
      expect(warnings.calls[0]).to.contain('combined-approaches');
    } finally {
      warnings.restore();
    }
  });

  it('does not throw on hostile attribute values; it shows them as text', async () => {
    const warnings = captureWarnings();
    try {
      const hostile = '<img src=x onerror="window.__egPwned=1">';
      const el = await ready(await fixture<EgFinding>(html`<eg-finding summary=${SUMMARY} finding=${hostile}></eg-finding>`));
      expect(shadowText(el)).to.contain(hostile);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect((window as { __egPwned?: number }).__egPwned).to.equal(undefined);
    } finally {
      warnings.restore();
    }
  });

  it('works inline: the author\'s heading and text are kept, with the rating upgraded in place', async () => {
    const el = await fixture<EgFinding>(html`<eg-finding>
      <h3>Quality matters more than type</h3>
      <eg-evidence-rating level="moderate" wording="some evidence">Strength of evidence: some evidence</eg-evidence-rating>
      <p>The quality of integration, rather than its type, matters for outcomes.</p>
    </eg-finding>`);
    await expect(el).to.be.accessible();
    expect(el.shadowRoot!.querySelector('slot')).to.not.equal(null);
    const heading = el.querySelector('h3')!;
    expect(heading.assignedSlot).to.not.equal(null);
    expect(el.shadowRoot!.querySelector('h2, h3')).to.equal(null);
    const rating = el.querySelector('eg-evidence-rating')!;
    await (rating as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(shadowText(rating)).to.contain(en.levelName.moderate);
  });

  it('speaks Welsh on a Welsh page while the evidence text stays marked as English', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="cy"><eg-finding summary=${SUMMARY} finding="quality-not-type"></eg-finding></div>`);
    const el = await ready(wrapper.querySelector('eg-finding')!);
    expect(shadowText(el)).to.contain(cy.source);
    expect(shadowText(el)).to.contain('Mawrth 2009');
    expect(el.shadowRoot!.querySelector('h2')!.getAttribute('lang')).to.equal('en');
    const rating = el.shadowRoot!.querySelector('[part="rating"]')!;
    expect(rating.textContent).to.contain(cy.strengthOfEvidence);
    expect(rating.querySelector('[part="wording"] span')!.getAttribute('lang')).to.equal('en');
    await expect(wrapper).to.be.accessible();
  });

  it('lets a keyboard user reach the source link; the rating, as text, adds no tab stop', async () => {
    const el = await ready(await fixture<EgFinding>(html`<eg-finding summary=${SUMMARY} finding="quality-not-type"></eg-finding>`));
    await focusBefore(el);
    await sendKeys({ press: 'Tab' });
    const link = el.shadowRoot!.activeElement!;
    expect(link.tagName).to.equal('A');
    expect(el.shadowRoot!.querySelector('[part="provenance"]')!.contains(link)).to.equal(true);
  });
});
