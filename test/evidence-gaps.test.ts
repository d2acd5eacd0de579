import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/evidence-gaps/eg-evidence-gaps.js';
import '../src/components/evidence-gaps/eg-evidence-gap.js';
import type { EgEvidenceGaps } from '../src/components/evidence-gaps/evidence-gaps.js';
import type { EgEvidenceGap } from '../src/components/evidence-gaps/evidence-gap.js';
import { loadSummary } from '../src/content/registry.js';
import { en } from '../src/internal/locale/en.js';
import { cy } from '../src/internal/locale/cy.js';
import { captureWarnings, focusBefore, isLoading, shadowText, until } from './helpers.js';

const SUMMARY = 'early-years-integration';

async function ready<T extends EgEvidenceGaps | EgEvidenceGap>(el: T): Promise<T> {
  await until(() => !isLoading(el) && !!el.shadowRoot?.querySelector('section, article, .problem'));
  await el.updateComplete;
  return el;
}

function text(node: Element | null): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('eg-evidence-gaps', () => {
  it('is accessible when showing every gap from content', async () => {
    const el = await ready(await fixture<EgEvidenceGaps>(html`<eg-evidence-gaps summary=${SUMMARY}></eg-evidence-gaps>`));
    await expect(el).to.be.accessible();
  });

  it('lists every gap in source order, each with a visually hidden "Evidence gap:" before it', async () => {
    const summary = await loadSummary(SUMMARY);
    const el = await ready(await fixture<EgEvidenceGaps>(html`<eg-evidence-gaps summary=${SUMMARY}></eg-evidence-gaps>`));
    const items = [...el.shadowRoot!.querySelectorAll('ul[part="list"] > li')];
    expect(items.length).to.equal(summary.evidenceGaps.length);
    summary.evidenceGaps.forEach((gap, i) => {
      const heading = items[i]!.querySelector('h3')!;
      const hidden = heading.querySelector('.visually-hidden')!;
      expect(text(hidden)).to.equal(`${en.evidenceGapPrefix}:`);
      expect(hidden.getBoundingClientRect().width).to.be.at.most(1);
      expect(text(heading)).to.equal(`${en.evidenceGapPrefix}: ${gap.statement}`);
      const statement = heading.querySelector('[lang]')!;
      expect(statement.getAttribute('lang')).to.equal('en');
      expect(text(statement)).to.equal(gap.statement);
      expect(items[i]!.querySelector('eg-evidence-rating')).to.equal(null);
    });
    expect(text(items[0]!)).to.contain('workplace practice and adult learning');
    expect(text(items[4]!.querySelector('h3'))).to.contain('More rigorously designed studies');
  });

  it('names its section with its heading, shows the intro marked with the content language, and one provenance line', async () => {
    const el = await ready(await fixture<EgEvidenceGaps>(html`<eg-evidence-gaps summary=${SUMMARY}></eg-evidence-gaps>`));
    const section = el.shadowRoot!.querySelector('section')!;
    const heading = el.shadowRoot!.querySelector('h2')!;
    expect(text(heading)).to.equal(en.evidenceGaps);
    expect(section.getAttribute('aria-labelledby')).to.equal(heading.id);
    expect(el.shadowRoot!.querySelector('[part="intro"]')!.getAttribute('lang')).to.equal('en');
    expect(el.shadowRoot!.querySelectorAll('[part="provenance"]').length).to.equal(1);
    // Each gap is named by its own heading, and its notice is drawn with a dashed outline.
    for (const article of el.shadowRoot!.querySelectorAll('article')) {
      expect(el.shadowRoot!.getElementById(article.getAttribute('aria-labelledby')!)!.localName).to.equal('h3');
    }
    expect(getComputedStyle(el.shadowRoot!.querySelector('.notice')!).borderTopStyle).to.equal('dashed');
  });

  it('sets heading levels: section at n, gaps at n+1, clamped at 6', async () => {
    const el = await ready(await fixture<EgEvidenceGaps>(html`<eg-evidence-gaps summary=${SUMMARY} heading-level="3"></eg-evidence-gaps>`));
    expect(text(el.shadowRoot!.querySelector('h3'))).to.equal(en.evidenceGaps);
    expect(el.shadowRoot!.querySelectorAll('h4').length).to.equal(5);
    el.headingLevel = 6;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('h6').length).to.equal(6);
    expect(el.shadowRoot!.querySelector('h1, h2, h3, h4, h5')).to.equal(null);
  });

  it('works inline: the author\'s heading and list are kept as written', async () => {
    const el = await fixture<EgEvidenceGaps>(html`<eg-evidence-gaps>
      <h3>What we still need to know</h3>
      <ul><li>More rigorously designed studies.</li></ul>
    </eg-evidence-gaps>`);
    await expect(el).to.be.accessible();
    expect(el.shadowRoot!.querySelector('slot')).to.not.equal(null);
    expect(el.querySelector('h3')!.assignedSlot).to.not.equal(null);
    expect(el.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6')).to.equal(null);
  });

  it('speaks Welsh on a Welsh page while the evidence text stays marked as English', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="cy"><eg-evidence-gaps summary=${SUMMARY}></eg-evidence-gaps></div>`);
    const el = await ready(wrapper.querySelector('eg-evidence-gaps')!);
    expect(text(el.shadowRoot!.querySelector('h2'))).to.equal(cy.evidenceGaps);
    const first = el.shadowRoot!.querySelector('h3')!;
    expect(text(first.querySelector('.visually-hidden'))).to.equal(`${cy.evidenceGapPrefix}:`);
    expect(first.hasAttribute('lang')).to.equal(false);
    expect(first.querySelector('[lang]')!.getAttribute('lang')).to.equal('en');
    expect(shadowText(el)).to.contain('Mawrth 2009');
    await expect(wrapper).to.be.accessible();
  });

  it('lets a keyboard user reach the source link', async () => {
    const el = await ready(await fixture<EgEvidenceGaps>(html`<eg-evidence-gaps summary=${SUMMARY}></eg-evidence-gaps>`));
    await focusBefore(el);
    await sendKeys({ press: 'Tab' });
    const active = el.shadowRoot!.activeElement!;
    expect(active.localName).to.equal('a');
    expect(el.shadowRoot!.querySelector('[part="provenance"]')!.contains(active)).to.equal(true);
  });
});

describe('eg-evidence-gap', () => {
  it('is accessible when showing one gap from content', async () => {
    const el = await ready(await fixture<EgEvidenceGap>(html`<eg-evidence-gap summary=${SUMMARY} gap="integration-processes"></eg-evidence-gap>`));
    await expect(el).to.be.accessible();
  });

  it('shows the gap with its hidden prefix, its detail and its own provenance line', async () => {
    const summary = await loadSummary(SUMMARY);
    const gap = summary.evidenceGaps.find((g) => g.id === 'integration-processes')!;
    const el = await ready(await fixture<EgEvidenceGap>(html`<eg-evidence-gap summary=${SUMMARY} gap="integration-processes"></eg-evidence-gap>`));
    const article = el.shadowRoot!.querySelector('article')!;
    const heading = el.shadowRoot!.querySelector('h2')!;
    expect(article.getAttribute('aria-labelledby')).to.equal(heading.id);
    expect(text(heading)).to.equal(`${en.evidenceGapPrefix}: ${gap.statement}`);
    expect(heading.querySelector('[lang="en"]')).to.not.equal(null);
    const detail = el.shadowRoot!.querySelector('[part="detail"]')!;
    expect(detail.getAttribute('lang')).to.equal('en');
    expect(text(detail)).to.contain('workplace practice and adult learning');
    const provenance = el.shadowRoot!.querySelectorAll('[part="provenance"]');
    expect(provenance.length).to.equal(1);
    expect(text(provenance[0]!)).to.contain('C4EO');
    expect(provenance[0]!.querySelector('a')!.textContent).to.equal('Siraj-Blatchford and Siraj-Blatchford (2009a)');
  });

  it('puts its heading at heading-level, clamped to 1-6', async () => {
    const el = await ready(await fixture<EgEvidenceGap>(html`<eg-evidence-gap summary=${SUMMARY} gap="rigorous-studies" heading-level="5"></eg-evidence-gap>`));
    expect(text(el.shadowRoot!.querySelector('h5'))).to.contain('More rigorously designed studies');
    el.headingLevel = 7;
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('h6'))).to.contain('More rigorously designed studies');
  });

  it('in the list, gives one provenance line for all the gaps, not one per gap', async () => {
    const el = await ready(await fixture<EgEvidenceGaps>(html`<eg-evidence-gaps summary=${SUMMARY}></eg-evidence-gaps>`));
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('[part="gap"]').length).to.be.greaterThan(1);
    expect(root.querySelectorAll('[part="gap"] [part="provenance"]').length).to.equal(0);
    expect(root.querySelectorAll('[part="provenance"]').length).to.equal(1);
  });

  it('works inline: the author\'s heading and text are kept as written', async () => {
    const el = await fixture<EgEvidenceGap>(html`<eg-evidence-gap>
      <h4>More rigorous studies</h4>
      <p>We need more rigorously designed studies of integrated practice.</p>
    </eg-evidence-gap>`);
    await expect(el).to.be.accessible();
    expect(el.shadowRoot!.querySelector('slot')).to.not.equal(null);
    expect(el.querySelector('h4')!.assignedSlot).to.not.equal(null);
    expect(el.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6')).to.equal(null);
  });

  it('speaks Welsh on a Welsh page while the evidence text stays marked as English', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="cy"><eg-evidence-gap summary=${SUMMARY} gap="developmental-account"></eg-evidence-gap></div>`,
    );
    const el = await ready(wrapper.querySelector('eg-evidence-gap')!);
    const heading = el.shadowRoot!.querySelector('h2')!;
    expect(text(heading.querySelector('.visually-hidden'))).to.equal(`${cy.evidenceGapPrefix}:`);
    expect(heading.querySelector('[lang]')!.getAttribute('lang')).to.equal('en');
    expect(shadowText(el)).to.contain(cy.source);
    await expect(wrapper).to.be.accessible();
  });

  it('shows an accessible message naming an unknown gap and warns once listing the valid ids', async () => {
    const warnings = captureWarnings();
    try {
      const el = await ready(await fixture<EgEvidenceGap>(html`<eg-evidence-gap summary=${SUMMARY} gap="no-such-gap"></eg-evidence-gap>`));
      expect(shadowText(el)).to.contain(en.itemNotFound(en.kindEvidenceGap, 'no-such-gap', SUMMARY));
      await expect(el).to.be.accessible();
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings.calls.length).to.equal(1);
      expect(warnings.calls[0]).to.contain('no-such-gap');
      expect(warnings.calls[0]).to.contain('integration-processes');
      expect(warnings.calls[0]).to.contain('rigorous-studies');
    } finally {
      warnings.restore();
    }
  });

  it('asks for the gap attribute when it is missing, and warns once listing the valid ids', async () => {
    const warnings = captureWarnings();
    try {
      const el = await ready(await fixture<EgEvidenceGap>(html`<eg-evidence-gap summary=${SUMMARY}></eg-evidence-gap>`));
      expect(shadowText(el)).to.contain(en.missingAttribute('eg-evidence-gap', 'gap'));
      expect(warnings.calls.length).to.equal(1);
      expect(warnings.calls[0]).to.contain('models-and-measures');
    } finally {
      warnings.restore();
    }
  });

  it('shows a hostile gap id as text, never as markup', async () => {
    const warnings = captureWarnings();
    try {
      const hostile = '<img src=x onerror="window.__egPwned=1">';
      const el = await ready(await fixture<EgEvidenceGap>(html`<eg-evidence-gap summary=${SUMMARY} gap=${hostile}></eg-evidence-gap>`));
      expect(shadowText(el)).to.contain(hostile);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect((window as { __egPwned?: number }).__egPwned).to.equal(undefined);
    } finally {
      warnings.restore();
    }
  });

});
