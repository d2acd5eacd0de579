import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/evidence-caveat/eg-evidence-caveat.js';
import type { EgEvidenceCaveat } from '../src/components/evidence-caveat/evidence-caveat.js';
import { loadSummary } from '../src/content/registry.js';
import { en } from '../src/internal/locale/en.js';
import { cy } from '../src/internal/locale/cy.js';
import { captureWarnings, focusBefore, isLoading, shadowText, until } from './helpers.js';

const SUMMARY = 'early-years-integration';

async function ready(el: EgEvidenceCaveat): Promise<EgEvidenceCaveat> {
  await until(() => !isLoading(el) && !!el.shadowRoot?.querySelector('section, .problem'));
  await el.updateComplete;
  return el;
}

function text(node: Element | null): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('eg-evidence-caveat', () => {
  it('is accessible when showing the note from content', async () => {
    const el = await ready(await fixture<EgEvidenceCaveat>(html`<eg-evidence-caveat summary=${SUMMARY}></eg-evidence-caveat>`));
    await expect(el).to.be.accessible();
  });

  it('shows the summary\'s note on the quality of the evidence, marked with the content language', async () => {
    const summary = await loadSummary(SUMMARY);
    const el = await ready(await fixture<EgEvidenceCaveat>(html`<eg-evidence-caveat summary=${SUMMARY}></eg-evidence-caveat>`));
    const body = el.shadowRoot!.querySelector('[part="text"] [lang]')!;
    expect(body.getAttribute('lang')).to.equal('en');
    const expected = new DOMParser().parseFromString(summary.caveat.html, 'text/html').body.textContent!.replace(/\s+/g, ' ').trim();
    expect(text(body)).to.equal(expected);
    expect(text(body)).to.contain('quite weak');
    expect(text(body)).to.contain('essentially indicative');
    expect(body.querySelectorAll('p').length).to.be.at.least(1);
  });

  it('is a notice named by its heading, with a visually hidden "Important:" and a decorative icon', async () => {
    const el = await ready(await fixture<EgEvidenceCaveat>(html`<eg-evidence-caveat summary=${SUMMARY}></eg-evidence-caveat>`));
    const section = el.shadowRoot!.querySelector('section')!;
    const heading = el.shadowRoot!.querySelector('h2')!;
    expect(text(heading)).to.equal(en.aboutTheEvidence);
    expect(heading.hasAttribute('lang')).to.equal(false);
    expect(section.getAttribute('aria-labelledby')).to.equal(heading.id);
    const hidden = el.shadowRoot!.querySelector('[part="text"] .visually-hidden')!;
    expect(text(hidden)).to.equal(`${en.importantPrefix}:`);
    expect(hidden.getBoundingClientRect().width).to.be.at.most(1);
    // The prefix comes before the note in reading order.
    expect(text(el.shadowRoot!.querySelector('[part="text"]')).startsWith(`${en.importantPrefix}:`)).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part="icon"]')!.getAttribute('aria-hidden')).to.equal('true');
    const provenance = el.shadowRoot!.querySelectorAll('[part="provenance"]');
    expect(provenance.length).to.equal(1);
    expect(text(provenance[0]!)).to.contain('C4EO');
  });

  it('puts its heading at heading-level, clamped to 1-6', async () => {
    const el = await ready(await fixture<EgEvidenceCaveat>(html`<eg-evidence-caveat summary=${SUMMARY} heading-level="3"></eg-evidence-caveat>`));
    expect(text(el.shadowRoot!.querySelector('h3'))).to.equal(en.aboutTheEvidence);
    el.headingLevel = 12;
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('h6'))).to.equal(en.aboutTheEvidence);
    el.headingLevel = 0;
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('h1'))).to.equal(en.aboutTheEvidence);
  });

  it('works inline: the author\'s heading and text are kept as written', async () => {
    const el = await fixture<EgEvidenceCaveat>(html`<eg-evidence-caveat>
      <h3>How strong is this evidence?</h3>
      <p>Much of the evidence is quite weak.</p>
    </eg-evidence-caveat>`);
    await expect(el).to.be.accessible();
    expect(el.shadowRoot!.querySelector('slot')).to.not.equal(null);
    expect(el.querySelector('h3')!.assignedSlot).to.not.equal(null);
    expect(el.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6')).to.equal(null);
  });

  it('speaks Welsh on a Welsh page while the evidence text stays marked as English', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="cy"><eg-evidence-caveat summary=${SUMMARY}></eg-evidence-caveat></div>`);
    const el = await ready(wrapper.querySelector('eg-evidence-caveat')!);
    expect(text(el.shadowRoot!.querySelector('h2'))).to.equal(cy.aboutTheEvidence);
    expect(text(el.shadowRoot!.querySelector('[part="text"] .visually-hidden'))).to.equal(`${cy.importantPrefix}:`);
    expect(el.shadowRoot!.querySelector('[part="text"] [lang]')!.getAttribute('lang')).to.equal('en');
    expect(shadowText(el)).to.contain('Mawrth 2009');
    await expect(wrapper).to.be.accessible();
  });

  it('shows a hostile summary id as text, never as markup', async () => {
    const warnings = captureWarnings();
    try {
      const hostile = '<img src=x onerror="window.__egPwned=1">';
      const el = await ready(await fixture<EgEvidenceCaveat>(html`<eg-evidence-caveat summary=${hostile}></eg-evidence-caveat>`));
      expect(shadowText(el)).to.contain(hostile);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect((window as { __egPwned?: number }).__egPwned).to.equal(undefined);
    } finally {
      warnings.restore();
    }
  });

  it('lets a keyboard user reach the source link', async () => {
    const el = await ready(await fixture<EgEvidenceCaveat>(html`<eg-evidence-caveat summary=${SUMMARY}></eg-evidence-caveat>`));
    await focusBefore(el);
    await sendKeys({ press: 'Tab' });
    const active = el.shadowRoot!.activeElement!;
    expect(active.localName).to.equal('a');
    expect(el.shadowRoot!.querySelector('[part="provenance"]')!.contains(active)).to.equal(true);
  });
});
