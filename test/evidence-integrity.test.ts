/**
 * The library's promise to readers: no order, filter, label, lone claim or date makes the
 * evidence look stronger, more direct or newer than the source says. One test per rule,
 * in every engine; the last one checks that a pasted snippet (JavaScript off) shows what
 * the upgraded widget shows.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/register.js';
import { loadSummary } from '../src/content/registry.js';
import type { Summary } from '../src/content/types.js';
import { cy } from '../src/internal/locale/cy.js';
import { en } from '../src/internal/locale/en.js';
import { itemIdsFor, renderSnippet, SNIPPET_WIDGETS, type SnippetWidget } from '../src/snippet/snippet.js';
import { focusBefore } from './helpers.js';
import { composedHeadings, composedReadingText, settled, staticHeadings, staticReadingText } from './reading-text.js';

const ID = 'early-years-integration';
let summary: Summary;
before(async () => {
  summary = await loadSummary(ID);
});

/** The findings a widget shows, in order: each one's markup in the widget's shadow root. */
function findingsIn(root: Element): HTMLElement[] {
  return [...root.shadowRoot!.querySelectorAll<HTMLElement>('[part="finding"]')];
}

/** The ids of the findings a widget shows, in order, told by each one's heading (its statement). */
function findingIds(root: Element): string[] {
  return findingsIn(root).map((f) => {
    const statement = f.querySelector('[part="statement"]')!.textContent!.replace(/\s+/g, ' ').trim();
    return summary.findings.find((x) => x.statement === statement)!.id;
  });
}

async function widget<T extends Element>(template: ReturnType<typeof html>): Promise<T> {
  const el = await fixture<T>(template);
  await settled(el);
  return el;
}

describe('evidence integrity: order', () => {
  it('lists findings in the source order by default: the overall conclusion before any strong finding', async () => {
    const el = await widget(html`<eg-key-findings summary=${ID}></eg-key-findings>`);
    const ids = findingIds(el);
    expect(ids).to.deep.equal(summary.findings.map((f) => f.id));
    const firstStrong = ids.findIndex((id) => summary.findings.find((f) => f.id === id)!.grade?.level === 'strong');
    expect(ids.indexOf('no-direct-evidence')).to.be.within(0, firstStrong - 1);
  });

  it('sorts by strength only when asked (order="strength"), and keeps the overall conclusion first, labelled', async () => {
    const el = await widget(html`<eg-key-findings summary=${ID} order="strength"></eg-key-findings>`);
    const ids = findingIds(el);
    const headline = summary.findings.filter((f) => f.headline).map((f) => f.id);
    expect(ids.slice(0, headline.length)).to.deep.equal(headline);
    expect(ids.indexOf('combined-approaches')).to.be.greaterThan(headline.length - 1);
    expect(composedReadingText(el)).to.contain(en.overallConclusion);
    // The rest are strongest first: combined approaches before quality, quality before studies suggest.
    expect(ids.indexOf('combined-approaches')).to.be.lessThan(ids.indexOf('quality-not-type'));
    expect(ids.indexOf('quality-not-type')).to.be.lessThan(ids.indexOf('characteristics-of-success'));
  });

  it('shows the overall conclusion first in eg-summary too', async () => {
    const el = await widget(html`<eg-summary summary=${ID}></eg-summary>`);
    const text = composedReadingText(el);
    const conclusion = summary.findings.find((f) => f.id === 'no-direct-evidence')!.statement;
    const strong = summary.findings.find((f) => f.id === 'combined-approaches')!.statement;
    expect(text.indexOf(conclusion)).to.be.within(0, text.indexOf(strong));
  });
});

describe('evidence integrity: filters never hide the frame', () => {
  it('with min-level="strong", still shows the overall conclusion, a caveat line and how many findings are hidden', async () => {
    const el = await widget(html`<eg-key-findings summary=${ID} min-level="strong"></eg-key-findings>`);
    const ids = findingIds(el);
    for (const f of summary.findings.filter((x) => x.headline)) expect(ids).to.include(f.id);
    const shownStrong = summary.findings.filter((f) => f.grade?.level === 'strong').map((f) => f.id);
    for (const id of shownStrong) expect(ids).to.include(id);
    const hidden = summary.findings.length - ids.length;
    expect(hidden).to.be.greaterThan(0);
    const text = composedReadingText(el);
    expect(text).to.contain(summary.caveat.lead);
    expect(text).to.contain(en.hiddenFindings(hidden, en.levelName.strong));
  });

  it('shows every finding from the keyboard, and can hide them again', async () => {
    const el = await widget(html`<eg-key-findings summary=${ID} min-level="strong"></eg-key-findings>`);
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="show-all"]')!;
    expect(button.textContent!.trim()).to.equal(en.showAllFindings(summary.findings.length));
    await focusBefore(button);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(findingIds(el)).to.deep.equal(summary.findings.map((f) => f.id));
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(findingIds(el).length).to.be.lessThan(summary.findings.length);
  });
});

describe('evidence integrity: a claim travels with the claims it depends on', () => {
  it('a lone combined-approaches finding shows its related indirect claim, with its grade, and the age of the source', async () => {
    const el = await widget(html`<eg-finding summary=${ID} finding="combined-approaches"></eg-finding>`);
    const text = composedReadingText(el);
    const related = summary.findings.find((f) => f.id === 'combined-approaches-integration')!;
    expect(text).to.contain(related.statement);
    expect(text).to.contain(`“${related.grade!.wording}”`);
    expect(text).to.match(/Published March 2009 \(\d+ years ago\); newer evidence may exist/);
    expect(text).not.to.match(/next finding|previous finding|see below|see above/i);
  });

  it('every finding with related claims shows them inside a list too', async () => {
    const el = await widget(html`<eg-key-findings summary=${ID}></eg-key-findings>`);
    const finding = findingsIn(el)[findingIds(el).indexOf('quality-not-type')]!;
    const related = summary.findings.find((f) => f.id === 'shared-understanding-of-quality')!;
    expect(composedReadingText(finding)).to.contain(related.statement);
  });
});

describe('evidence integrity: labels no stronger than the words', () => {
  it('shows the source wording first and the library reading second, never "Moderate"', async () => {
    const el = await widget(html`<eg-finding summary=${ID} finding="quality-not-type"></eg-finding>`);
    const text = composedReadingText(el);
    expect(text).not.to.match(/moderate/i);
    expect(text.indexOf('“some evidence”')).to.be.greaterThan(-1);
    expect(text.indexOf('“some evidence”')).to.be.lessThan(text.indexOf(en.libraryReading));
  });

  it('says "no direct and definitive evidence", as the source does', async () => {
    expect(en.levelName.none).to.contain('definitive');
    const el = await widget(html`<eg-finding summary=${ID} finding="no-direct-evidence"></eg-finding>`);
    expect(composedReadingText(el)).not.to.match(/No direct evidence(?! and)/);
  });

  it('shows the note that the scale is the library’s, visibly, wherever a level name is shown', async () => {
    for (const template of [
      html`<eg-finding summary=${ID} finding="high-quality-preschool"></eg-finding>`,
      html`<eg-key-findings summary=${ID}></eg-key-findings>`,
      html`<eg-evidence-rating level="moderate" wording="some evidence"></eg-evidence-rating>`,
    ]) {
      const el = await widget(template);
      expect(composedReadingText(el), el.localName).to.contain(en.scaleNote);
    }
  });

  it('speaks no "level N of 4" on a five-level scale', async () => {
    const el = await widget(html`<eg-key-findings summary=${ID}></eg-key-findings>`);
    expect(composedReadingText(el)).not.to.match(/of 4\b/);
  });
});

describe('evidence integrity: currency', () => {
  it('shows no bare "Last reviewed" date', async () => {
    for (const template of [html`<eg-provenance summary=${ID}></eg-provenance>`, html`<eg-summary summary=${ID}></eg-summary>`]) {
      const el = await widget(template);
      const text = composedReadingText(el);
      expect(text).not.to.contain('Last reviewed');
      expect(text).to.contain(en.checkedAgainstSource);
    }
  });

  it('every standalone widget that shows evidence carries the age notice', async () => {
    for (const template of [
      html`<eg-key-findings summary=${ID}></eg-key-findings>`,
      html`<eg-finding summary=${ID} finding="quality-not-type"></eg-finding>`,
      html`<eg-evidence-rating summary=${ID} finding="quality-not-type"></eg-evidence-rating>`,
      html`<eg-evidence-caveat summary=${ID}></eg-evidence-caveat>`,
      html`<eg-stakeholder-views summary=${ID}></eg-stakeholder-views>`,
      html`<eg-implications summary=${ID}></eg-implications>`,
      html`<eg-what-works summary=${ID}></eg-what-works>`,
      html`<eg-evidence-gaps summary=${ID}></eg-evidence-gaps>`,
      html`<eg-evidence-gap summary=${ID} gap="rigorous-studies"></eg-evidence-gap>`,
    ]) {
      const el = await widget(template);
      expect(composedReadingText(el), el.localName).to.match(/Published March 2009 \(\d+ years ago\); newer evidence may exist/);
    }
  });

  it('says the policy frame of 2009 is no longer current, and frames national implications as 2009 recommendations', async () => {
    const el = await widget(html`<eg-summary summary=${ID}></eg-summary>`);
    const text = composedReadingText(el);
    expect(summary.context.html).to.match(/no longer/);
    expect(text).to.contain('Government Offices for the Regions');
    const ecm = summary.glossary.find((t) => t.id === 'every-child-matters')!;
    expect(ecm.definition).to.match(/no longer current/);
    const implications = await widget(html`<eg-implications summary=${ID}></eg-implications>`);
    expect(composedReadingText(implications)).to.match(/recommended in 2009/);
  });
});

describe('evidence integrity: stakeholder views', () => {
  it('shows "some way to go" as what studies of stakeholders found, and calls the section findings', async () => {
    const el = await widget(html`<eg-stakeholder-views summary=${ID} view="understanding-of-integration"></eg-stakeholder-views>`);
    const text = composedReadingText(el);
    expect(text).not.to.contain(en.stakeholderViewNote);
    expect(text).to.contain(en.stakeholderFindingNote);
    expect(summary.intros.stakeholderViews).not.to.match(/not research findings/);
  });
});

describe('evidence integrity: parity between the pasted snippet and the upgraded widget', () => {
  const cases: Array<{ widget: SnippetWidget; item?: string; lang: 'en' | 'cy' }> = [];
  before(() => {
    for (const lang of ['en', 'cy'] as const) {
      for (const w of Object.keys(SNIPPET_WIDGETS) as SnippetWidget[]) {
        const ids = SNIPPET_WIDGETS[w] ? itemIdsFor(summary, w) : [];
        if (!SNIPPET_WIDGETS[w]?.required) cases.push({ widget: w, lang });
        for (const item of ids) cases.push({ widget: w, item, lang });
      }
    }
  });

  it('shows the same text and headings in the same order, for every widget, item and language', async function () {
    this.timeout(120000);
    const differences: string[] = [];
    for (const c of cases) {
      const snippet = renderSnippet(summary, { widget: c.widget, item: c.item, lang: c.lang });
      const expected = staticReadingText(snippet);
      const host = document.createElement('div');
      host.lang = c.lang;
      document.body.append(host);
      host.innerHTML = snippet; // upgrades: the elements are defined
      const el = host.querySelector(c.widget)!;
      await settled(el);
      const actual = composedReadingText(el);
      const headings = [staticHeadings(snippet).join(' | '), composedHeadings(el).join(' | ')];
      host.remove();
      if (headings[0] !== headings[1]) differences.push(`${c.widget} ${c.item ?? ''} (${c.lang}) headings differ:\n  snippet: ${headings[0]}\n  widget:  ${headings[1]}`);
      if (actual !== expected) {
        let i = 0;
        while (i < actual.length && actual[i] === expected[i]) i++;
        differences.push(`${c.widget} ${c.item ?? ''} (${c.lang}) differs at ${i}:\n  snippet: …${expected.slice(Math.max(0, i - 40), i + 80)}\n  widget:  …${actual.slice(Math.max(0, i - 40), i + 80)}`);
      }
    }
    expect(differences.length, `${differences.length} of ${cases.length} differ:\n${differences.slice(0, 8).join('\n')}`).to.equal(0);
    expect(cy.keyFindings).to.be.a('string');
  });
});
