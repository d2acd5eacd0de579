import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/key-findings/eg-key-findings.js';
import type { EgKeyFindings } from '../src/components/key-findings/key-findings.js';
import { EVIDENCE_LEVELS, levelRank, type EvidenceLevel } from '../src/content/levels.js';
import { loadSummary } from '../src/content/registry.js';
import type { Finding as FindingData, Summary } from '../src/content/types.js';
import { en } from '../src/internal/locale/en.js';
import { cy } from '../src/internal/locale/cy.js';
import { captureWarnings, focusBefore, isLoading, shadowText, until } from './helpers.js';

const SUMMARY = 'early-years-integration';
/** Each finding the list shows: its markup, in the widget's own shadow root (no element per finding). */
function findingsOf(el: EgKeyFindings): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="finding"]')];
}

let data: Summary;
before(async () => {
  data = await loadSummary(SUMMARY);
});

/** The id of the finding an article shows, told by its heading (the finding's statement). */
function idOf(article: Element): string {
  const statement = article.querySelector('[part="statement"]')!.textContent!.replace(/\s+/g, ' ').trim();
  return data.findings.find((f) => f.statement === statement)!.id;
}

/** Waits for the list to finish rendering. */
async function ready(el: EgKeyFindings): Promise<EgKeyFindings> {
  await until(() => !isLoading(el) && !!el.shadowRoot?.querySelector('section, .problem'));
  await el.updateComplete;
  return el;
}

/**
 * The order the widget should use, worked out independently from the data: the headline
 * findings (the overall conclusion) first, then the rest in the source's order; with
 * `minLevel`, the rest only when graded at that level or stronger.
 */
function expectedOrder(summary: Summary, minLevel?: EvidenceLevel): string[] {
  const keep = (f: FindingData) => minLevel === undefined || (!!f.grade && levelRank(f.grade.level) <= levelRank(minLevel));
  return [...summary.findings.filter((f) => f.headline), ...summary.findings.filter((f) => !f.headline && keep(f))].map((f) => f.id);
}

/** The focused element, looking through shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('eg-key-findings', () => {
  it('is accessible when showing the findings from content', async () => {
    const el = await ready(await fixture<EgKeyFindings>(html`<eg-key-findings summary=${SUMMARY}></eg-key-findings>`));
    await expect(el).to.be.accessible();
  });

  it('shows every finding in the source order, the overall conclusion first and labelled as such', async () => {
    const summary = await loadSummary(SUMMARY);
    const el = await ready(await fixture<EgKeyFindings>(html`<eg-key-findings summary=${SUMMARY}></eg-key-findings>`));
    const shown = findingsOf(el);
    const ids = shown.map(idOf);
    expect(ids).to.deep.equal(expectedOrder(summary));
    expect(ids).to.deep.equal(summary.findings.map((f) => f.id));
    expect(ids[1]).to.equal('no-direct-evidence');
    // Each headline finding carries the label; no other finding does.
    for (const f of shown) {
      const label = f.parentElement!.querySelector('[part="conclusion-label"]');
      const headline = summary.findings.find((x) => x.id === idOf(f))!.headline;
      expect(label?.textContent?.trim() ?? '', idOf(f)).to.equal(headline ? en.overallConclusion : '');
      expect(f.parentElement!.localName).to.equal('li');
    }
    expect(el.shadowRoot!.querySelector('ul')!.children.length).to.equal(summary.findings.length);
  });

  it('names its section with its heading, shows the intro marked with the content language, and one provenance line', async () => {
    const summary = await loadSummary(SUMMARY);
    const el = await ready(await fixture<EgKeyFindings>(html`<eg-key-findings summary=${SUMMARY}></eg-key-findings>`));
    const section = el.shadowRoot!.querySelector('section')!;
    const heading = el.shadowRoot!.querySelector('h2')!;
    expect(heading.textContent!.trim()).to.equal(en.keyFindings);
    expect(heading.hasAttribute('lang')).to.equal(false);
    expect(section.getAttribute('aria-labelledby')).to.equal(heading.id);
    const intro = el.shadowRoot!.querySelector('[part="intro"]')!;
    expect(intro.getAttribute('lang')).to.equal('en');
    expect(intro.textContent).to.contain(summary.intros.findings.replace(/<[^>]+>/g, '').split('\n')[0]!.trim());
    // The provenance appears once, for the whole list, and not in each finding.
    const provenance = el.shadowRoot!.querySelectorAll('[part="provenance"]');
    expect(provenance.length).to.equal(1);
    expect(provenance[0]!.textContent).to.contain('C4EO');
    expect(provenance[0]!.querySelector('a')!.textContent).to.equal('Siraj-Blatchford and Siraj-Blatchford (2009a)');
    for (const f of findingsOf(el)) expect(f.querySelector('[part="provenance"]')).to.equal(null);
    // No note when nothing is filtered.
    expect(el.shadowRoot!.querySelector('[part="note"]')).to.equal(null);
  });

  for (const level of EVIDENCE_LEVELS) {
    it(`min-level="${level}" keeps the overall conclusion and findings at that level or stronger, and says how many it hides`, async () => {
      const summary = await loadSummary(SUMMARY);
      const el = await ready(await fixture<EgKeyFindings>(html`<eg-key-findings summary=${SUMMARY} min-level=${level}></eg-key-findings>`));
      const ids = findingsOf(el).map(idOf);
      expect(ids).to.deep.equal(expectedOrder(summary, level));
      for (const id of ids) {
        const finding = summary.findings.find((f) => f.id === id)!;
        if (finding.headline) continue;
        expect(finding.grade, `${id} is graded`).to.not.equal(undefined);
        expect(levelRank(finding.grade!.level)).to.be.at.most(levelRank(level));
      }
      const note = el.shadowRoot!.querySelector('[part="note"]')!;
      expect(note.textContent!.trim()).to.equal(en.hiddenFindings(summary.findings.length - ids.length, en.levelName[level]));
      expect(el.shadowRoot!.querySelector('[part="caveat"]')!.textContent).to.contain(summary.caveat.lead);
      expect(note.checkVisibility()).to.equal(true);
      await expect(el).to.be.accessible();
    });
  }

  it('min-level="strong" shows exactly the strongly graded findings', async () => {
    const el = await ready(await fixture<EgKeyFindings>(html`<eg-key-findings summary=${SUMMARY} min-level="strong"></eg-key-findings>`));
    expect(findingsOf(el).map(idOf)).to.deep.equal([
      'ecm-integrated-system',
      'no-direct-evidence',
      'indirect-evidence-of-effectiveness',
      'combined-approaches',
      'high-quality-preschool',
    ]);
  });

  it('re-filters when min-level changes, and shows everything again when it is removed', async () => {
    const summary = await loadSummary(SUMMARY);
    const el = await ready(await fixture<EgKeyFindings>(html`<eg-key-findings summary=${SUMMARY} min-level="strong"></eg-key-findings>`));
    el.setAttribute('min-level', 'emerging');
    await ready(el);
    expect(findingsOf(el).map(idOf)).to.deep.equal(expectedOrder(summary, 'emerging'));
    el.removeAttribute('min-level');
    await ready(el);
    expect(findingsOf(el).length).to.equal(summary.findings.length);
    expect(el.shadowRoot!.querySelector('[part="note"]')).to.equal(null);
  });

  it('puts its heading at heading-level and each finding one level below, clamped at 6', async () => {
    const el = await ready(await fixture<EgKeyFindings>(html`<eg-key-findings summary=${SUMMARY} heading-level="4" min-level="strong"></eg-key-findings>`));
    expect(el.shadowRoot!.querySelector('h4')!.textContent!.trim()).to.equal(en.keyFindings);
    for (const f of findingsOf(el)) expect(f.querySelector('h5')).to.not.equal(null);
    el.headingLevel = 6;
    await ready(el);
    expect(el.shadowRoot!.querySelector('h6')!.textContent!.trim()).to.equal(en.keyFindings);
    for (const f of findingsOf(el)) expect(f.querySelector('h6')).to.not.equal(null);
    el.headingLevel = 9;
    await ready(el);
    expect(el.shadowRoot!.querySelector('h6')!.textContent!.trim()).to.equal(en.keyFindings);
    expect(el.shadowRoot!.querySelector('h1, h2, h3, h4, h5')).to.equal(null);
  });

  it('defaults to a level-2 heading with findings at level 3', async () => {
    const el = await ready(await fixture<EgKeyFindings>(html`<eg-key-findings summary=${SUMMARY} min-level="moderate"></eg-key-findings>`));
    expect(el.shadowRoot!.querySelector('h2')).to.not.equal(null);
    for (const f of findingsOf(el)) expect(f.querySelector('h3')).to.not.equal(null);
  });

  it('works inline: the author\'s heading and findings are kept as written', async () => {
    const el = await fixture<EgKeyFindings>(html`<eg-key-findings>
      <h3>What the research found</h3>
      <eg-finding>
        <h4>Quality matters more than type</h4>
        <p>The quality of integration, rather than its type, matters for outcomes.</p>
      </eg-finding>
    </eg-key-findings>`);
    await expect(el).to.be.accessible();
    expect(el.shadowRoot!.querySelector('slot')).to.not.equal(null);
    expect(el.querySelector('h3')!.assignedSlot).to.not.equal(null);
    expect(el.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6, section')).to.equal(null);
    expect(isLoading(el)).to.equal(false);
  });

  it('speaks Welsh on a Welsh page while the evidence text stays marked as English', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="cy"><eg-key-findings summary=${SUMMARY} min-level="moderate"></eg-key-findings></div>`,
    );
    const el = await ready(wrapper.querySelector('eg-key-findings')!);
    const heading = el.shadowRoot!.querySelector('h2')!;
    expect(heading.textContent!.trim()).to.equal(cy.keyFindings);
    expect(heading.hasAttribute('lang')).to.equal(false);
    const summary = await loadSummary(SUMMARY);
    const hidden = summary.findings.length - findingsOf(el).length;
    expect(el.shadowRoot!.querySelector('[part="note"]')!.textContent!.trim()).to.equal(cy.hiddenFindings(hidden, cy.levelName.moderate));
    expect(el.shadowRoot!.querySelector('[part="intro"]')!.getAttribute('lang')).to.equal('en');
    expect(shadowText(el)).to.contain('Mawrth 2009');
    for (const f of findingsOf(el)) {
      expect(f.querySelector('h3')!.getAttribute('lang')).to.equal('en');
      expect(f.querySelector('[part="rating"]')!.textContent).to.contain(cy.strengthOfEvidence);
    }
    await expect(wrapper).to.be.accessible();
  });

  it('shows an accessible message naming an invalid min-level and warns once listing the valid levels', async () => {
    const warnings = captureWarnings();
    try {
      const el = await ready(await fixture<EgKeyFindings>(html`<eg-key-findings summary=${SUMMARY} min-level="very-strong"></eg-key-findings>`));
      expect(shadowText(el)).to.contain(en.invalidLevel('very-strong'));
      expect(findingsOf(el).length).to.equal(0);
      await expect(el).to.be.accessible();
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings.calls.length).to.equal(1);
      expect(warnings.calls[0]).to.contain('very-strong');
      for (const level of EVIDENCE_LEVELS) expect(warnings.calls[0]).to.contain(level);
    } finally {
      warnings.restore();
    }
  });

  it('shows a hostile min-level as text, never as markup', async () => {
    const warnings = captureWarnings();
    try {
      const hostile = '<img src=x onerror="window.__egPwned=1">';
      const el = await ready(await fixture<EgKeyFindings>(html`<eg-key-findings summary=${SUMMARY} min-level=${hostile}></eg-key-findings>`));
      expect(shadowText(el)).to.contain(hostile);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect((window as { __egPwned?: number }).__egPwned).to.equal(undefined);
    } finally {
      warnings.restore();
    }
  });

  it('lets a keyboard user reach the show-all button, then the source link (ratings are text, with no tab stop)', async () => {
    const el = await ready(await fixture<EgKeyFindings>(html`<eg-key-findings summary=${SUMMARY} min-level="strong"></eg-key-findings>`));
    await focusBefore(el);
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()!.getAttribute('part')).to.equal('show-all');
    await sendKeys({ press: 'Tab' });
    const link = deepActiveElement()!;
    expect(link.localName).to.equal('a');
    expect(el.shadowRoot!.querySelector('[part="provenance"]')!.contains(link)).to.equal(true);
  });

});
