import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/stakeholder-views/eg-stakeholder-views.js';
import type { EgStakeholderViews } from '../src/components/stakeholder-views/stakeholder-views.js';
import { loadSummary } from '../src/content/registry.js';
import { en } from '../src/internal/locale/en.js';
import { cy } from '../src/internal/locale/cy.js';
import { captureWarnings, focusBefore, isLoading, shadowText, until } from './helpers.js';

const SUMMARY = 'early-years-integration';

async function ready(el: EgStakeholderViews): Promise<EgStakeholderViews> {
  await until(() => !isLoading(el) && !!el.shadowRoot?.querySelector('section, article, .problem'));
  await el.updateComplete;
  return el;
}

function text(node: Element | null): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('eg-stakeholder-views', () => {
  it('is accessible when showing every view from content', async () => {
    const el = await ready(await fixture<EgStakeholderViews>(html`<eg-stakeholder-views summary=${SUMMARY}></eg-stakeholder-views>`));
    await expect(el).to.be.accessible();
  });

  it('shows every item in source order; a view says who holds it in the source\'s words, a finding about stakeholders does not', async () => {
    const summary = await loadSummary(SUMMARY);
    const el = await ready(await fixture<EgStakeholderViews>(html`<eg-stakeholder-views summary=${SUMMARY}></eg-stakeholder-views>`));
    const items = [...el.shadowRoot!.querySelectorAll('ul[part="list"] > li')];
    expect(items.length).to.equal(summary.stakeholderViews.length);
    summary.stakeholderViews.forEach((view, i) => {
      const item = items[i]!;
      const heading = item.querySelector('h3')!;
      expect(text(heading.querySelector('[lang]'))).to.equal(view.statement);
      expect(heading.querySelector('[lang]')!.getAttribute('lang')).to.equal('en');
      const holders = item.querySelector('[part="holders"]');
      if (!view.holders) {
        expect(holders, `${view.id} is what studies found, held by no one`).to.equal(null);
        return;
      }
      expect(text(holders)).to.equal(`${en.heldBy}: ${view.holders}`);
      expect(holders!.querySelector('span')!.getAttribute('lang')).to.equal('en');
      expect(holders!.checkVisibility()).to.equal(true);
    });
    // The views as the source words them.
    expect(text(items[3]!.querySelector('[part="holders"]'))).to.equal('Held by: many stakeholders');
    expect(text(items[1]!.querySelector('[part="holders"]'))).to.equal('Held by: some stakeholders');
    expect(text(items[0]!)).to.contain('some way to go');
  });

  it('keeps stakeholder items visibly apart from findings about outcomes: labelled, with no evidence rating', async () => {
    const summary = await loadSummary(SUMMARY);
    const el = await ready(await fixture<EgStakeholderViews>(html`<eg-stakeholder-views summary=${SUMMARY}></eg-stakeholder-views>`));
    expect(el.shadowRoot!.querySelector('eg-evidence-rating')).to.equal(null);
    expect(shadowText(el)).to.not.contain(en.strengthOfEvidence);
    const labels = [...el.shadowRoot!.querySelectorAll('[part="label"]')];
    expect(labels.length).to.equal(summary.stakeholderViews.length);
    labels.forEach((label, i) => {
      expect(label.checkVisibility()).to.equal(true);
      expect(label.closest('h3'), 'the label is part of the heading, so heading navigation hears it').to.not.equal(null);
      expect(text(label)).to.equal(`${summary.stakeholderViews[i]!.holders ? en.stakeholderView : en.stakeholderFinding}:`);
      expect(label.hasAttribute('lang')).to.equal(false);
    });
    // A distinct panel style: a background and a border, unlike a finding's bare accent bar.
    const panel = el.shadowRoot!.querySelector('.panel')!;
    const style = getComputedStyle(panel);
    expect(style.borderTopStyle).to.equal('solid');
    expect(style.backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
  });

  it('names its section with its heading, shows the intro marked with the content language, and one provenance line', async () => {
    const el = await ready(await fixture<EgStakeholderViews>(html`<eg-stakeholder-views summary=${SUMMARY}></eg-stakeholder-views>`));
    const section = el.shadowRoot!.querySelector('section')!;
    const heading = el.shadowRoot!.querySelector('h2')!;
    expect(text(heading)).to.equal(en.stakeholderViews);
    expect(section.getAttribute('aria-labelledby')).to.equal(heading.id);
    const intro = el.shadowRoot!.querySelector('[part="intro"]')!;
    expect(intro.getAttribute('lang')).to.equal('en');
    expect(text(intro)).to.contain('not how integration affects outcomes');
    const provenance = el.shadowRoot!.querySelectorAll('[part="provenance"]');
    expect(provenance.length).to.equal(1);
    expect(text(provenance[0]!)).to.contain('C4EO');
    expect(text(provenance[0]!)).to.contain('March 2009');
    for (const article of el.shadowRoot!.querySelectorAll('article')) {
      expect(el.shadowRoot!.getElementById(article.getAttribute('aria-labelledby')!)!.localName).to.equal('h3');
    }
  });

  it('shows one view with view="ID": its heading at heading-level, its holders, a note and its own provenance line', async () => {
    const el = await ready(
      await fixture<EgStakeholderViews>(html`<eg-stakeholder-views summary=${SUMMARY} view="staffing-levels"></eg-stakeholder-views>`),
    );
    await expect(el).to.be.accessible();
    expect(el.shadowRoot!.querySelector('section')).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('article').length).to.equal(1);
    const heading = el.shadowRoot!.querySelector('h2')!;
    expect(text(heading)).to.contain('staffing levels match case-load demands');
    expect(text(el.shadowRoot!.querySelector('[part="holders"]'))).to.equal('Held by: many stakeholders');
    expect(text(el.shadowRoot!.querySelector('[part="note"]'))).to.equal(en.stakeholderViewNote);
    expect(el.shadowRoot!.querySelectorAll('[part="provenance"]').length).to.equal(1);
    expect(shadowText(el)).to.not.contain(en.stakeholderViews);
  });

  it('sets heading levels: section at n, views at n+1, clamped at 6; a single view at n', async () => {
    const el = await ready(await fixture<EgStakeholderViews>(html`<eg-stakeholder-views summary=${SUMMARY} heading-level="4"></eg-stakeholder-views>`));
    expect(text(el.shadowRoot!.querySelector('h4'))).to.equal(en.stakeholderViews);
    expect(el.shadowRoot!.querySelectorAll('h5').length).to.equal(4);
    el.headingLevel = 6;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('h6').length).to.equal(5);
    expect(el.shadowRoot!.querySelector('h1, h2, h3, h4, h5')).to.equal(null);
    el.view = 'universal-preventative-tension';
    el.headingLevel = 3;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6').length).to.equal(1);
    expect(text(el.shadowRoot!.querySelector('h3'))).to.contain('tension between universal and preventative services');
  });

  it('works inline: the author\'s headings and text are kept as written', async () => {
    const el = await fixture<EgStakeholderViews>(html`<eg-stakeholder-views>
      <h3>What stakeholders think</h3>
      <p>Many stakeholders feel that integration needs staffing to match case-loads.</p>
    </eg-stakeholder-views>`);
    await expect(el).to.be.accessible();
    expect(el.shadowRoot!.querySelector('slot')).to.not.equal(null);
    expect(el.querySelector('h3')!.assignedSlot).to.not.equal(null);
    expect(el.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6')).to.equal(null);
  });

  it('speaks Welsh on a Welsh page while the evidence text and holders stay marked as English', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="cy"><eg-stakeholder-views summary=${SUMMARY}></eg-stakeholder-views></div>`);
    const el = await ready(wrapper.querySelector('eg-stakeholder-views')!);
    expect(text(el.shadowRoot!.querySelector('h2'))).to.equal(cy.stakeholderViews);
    expect(text(el.shadowRoot!.querySelector('[part="label"]'))).to.equal(`${cy.stakeholderFinding}:`);
    expect(text(el.shadowRoot!.querySelectorAll('[part="label"]')[1]!)).to.equal(`${cy.stakeholderView}:`);
    const holders = el.shadowRoot!.querySelectorAll('[part="holders"]')[2]!;
    expect(text(holders)).to.equal(`${cy.heldBy}: many stakeholders`);
    expect(holders.hasAttribute('lang')).to.equal(false);
    expect(holders.querySelector('span')!.getAttribute('lang')).to.equal('en');
    expect(el.shadowRoot!.querySelector('[part="intro"]')!.getAttribute('lang')).to.equal('en');
    expect(shadowText(el)).to.contain(cy.source);
    expect(shadowText(el)).to.contain('Mawrth 2009');
    await expect(wrapper).to.be.accessible();
  });

  it('shows an accessible message naming an unknown view and warns once listing the valid ids', async () => {
    const warnings = captureWarnings();
    try {
      const el = await ready(await fixture<EgStakeholderViews>(html`<eg-stakeholder-views summary=${SUMMARY} view="no-such-view"></eg-stakeholder-views>`));
      expect(shadowText(el)).to.contain(en.itemNotFound(en.kindStakeholderView, 'no-such-view', SUMMARY));
      await expect(el).to.be.accessible();
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings.calls.length).to.equal(1);
      expect(warnings.calls[0]).to.contain('no-such-view');
      expect(warnings.calls[0]).to.contain('staffing-levels');
      expect(warnings.calls[0]).to.contain('understanding-of-integration');
    } finally {
      warnings.restore();
    }
  });

  it('asks for a summary when view is set without one, and warns once', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<EgStakeholderViews>(html`<eg-stakeholder-views view="staffing-levels"></eg-stakeholder-views>`);
      expect(shadowText(el)).to.contain(en.missingAttribute('eg-stakeholder-views', 'summary'));
      expect(warnings.calls.length).to.equal(1);
    } finally {
      warnings.restore();
    }
  });

  it('shows a hostile view id as text, never as markup', async () => {
    const warnings = captureWarnings();
    try {
      const hostile = '<img src=x onerror="window.__egPwned=1">';
      const el = await ready(await fixture<EgStakeholderViews>(html`<eg-stakeholder-views summary=${SUMMARY} view=${hostile}></eg-stakeholder-views>`));
      expect(shadowText(el)).to.contain(hostile);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect((window as { __egPwned?: number }).__egPwned).to.equal(undefined);
    } finally {
      warnings.restore();
    }
  });

  it('lets a keyboard user reach the source link', async () => {
    const el = await ready(await fixture<EgStakeholderViews>(html`<eg-stakeholder-views summary=${SUMMARY}></eg-stakeholder-views>`));
    await focusBefore(el);
    await sendKeys({ press: 'Tab' });
    const active = el.shadowRoot!.activeElement!;
    expect(active.localName).to.equal('a');
    expect(el.shadowRoot!.querySelector('[part="provenance"]')!.contains(active)).to.equal(true);
  });
});
