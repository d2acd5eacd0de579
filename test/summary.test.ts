/**
 * <eg-summary>: the whole summary, every item of the source with its strength wording, the
 * contents list that moves focus to each section (by keyboard), headings and Welsh.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/summary/eg-summary.js';
import type { EgSummary } from '../src/components/summary/summary.js';
import { loadSummary } from '../src/content/registry.js';
import { cy } from '../src/internal/locale/cy.js';
import { en } from '../src/internal/locale/en.js';
import { focusBefore } from './helpers.js';
import { allWidgetsReady, axeViolations, composedElements, deepActiveElement, headingOutline, skippedLevels } from './page-helpers.js';

const SUMMARY = 'early-years-integration';

async function summaryPage(markup = html`<div><h1>Page</h1><eg-summary summary=${SUMMARY}></eg-summary></div>`) {
  const root = await fixture<HTMLElement>(markup);
  await allWidgetsReady(root);
  return { root, el: root.querySelector('eg-summary') as EgSummary };
}

/** Everything a reader can read in the composed tree, white space folded. */
function readable(root: Element): string {
  return composedElements(root)
    .filter((e) => !e.shadowRoot)
    .map((e) => [...e.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join(' '))
    .join(' ')
    .replace(/\s+/g, ' ');
}

describe('eg-summary', function () {
  this.timeout(30000);

  it('is accessible', async () => {
    const { root } = await summaryPage();
    const violations = await axeViolations(root);
    expect(violations, violations.join('\n')).to.deep.equal([]);
  });

  it('shows every item of the source, each graded claim with the source wording', async () => {
    const summary = await loadSummary(SUMMARY);
    const { el } = await summaryPage();
    const text = readable(el);
    expect(text).to.contain(summary.meta.title);
    for (const f of summary.findings) {
      expect(text, f.id).to.contain(f.statement);
      if (f.grade) expect(text, `${f.id} wording`).to.contain(f.grade.wording);
    }
    for (const list of [summary.stakeholderViews, summary.implications, summary.whatWorks, summary.evidenceGaps]) {
      for (const item of list) expect(text, item.id).to.contain(item.statement);
    }
    for (const v of summary.stakeholderViews) expect(text, `${v.id} holders`).to.contain(v.holders);
    for (const i of summary.implications) for (const p of i.pointsHtml) expect(text).to.contain(p.replace(/<[^>]+>/g, ''));
    for (const r of summary.references) expect(text, r.id).to.contain(r.authors[0]!.split(',')[0]!);
    for (const t of summary.glossary) expect(text, t.id).to.contain(t.term);
    expect(text).to.contain(en.summary.glossaryNote);
    expect(text).to.contain('quite weak');
    expect(text).to.contain(summary.meta.copyright);
  });

  it('shows every audience of implications by default', async () => {
    const { el } = await summaryPage();
    const text = readable(el);
    expect(text).to.contain(en.implications.forLocal);
    expect(text).to.contain(en.implications.forNational);
  });

  it('moves focus to each section from the contents list, by keyboard', async () => {
    const { el } = await summaryPage();
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="contents"] a')];
    expect(links.length).to.be.greaterThan(8);
    await focusBefore(el);
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(links[0]);
    // Go to the "Key findings" link with Tab, then follow it with Enter.
    const target = links.findIndex((a) => a.textContent === en.keyFindings);
    for (let i = 0; i < target; i++) await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.textContent).to.equal(en.keyFindings);
    await sendKeys({ press: 'Enter' });
    await new Promise((r) => setTimeout(r, 100));
    const focused = deepActiveElement()!;
    expect(/^H[1-6]$/.test(focused.tagName), `focus is on a heading, not <${focused.localName}>`).to.equal(true);
    expect(focused.textContent).to.equal(en.keyFindings);
    expect(location.hash).to.equal('');
  });

  it('renders its title and contents first, and its sections a frame later; updateComplete waits for them', async () => {
    const el = document.createElement('eg-summary') as EgSummary;
    el.summary = SUMMARY;
    // Each batch of changes to the shadow root: whether the title is there, and how many sections.
    const batches: Array<{ title: boolean; sections: number }> = [];
    const record = () => batches.push({ title: !!el.shadowRoot!.querySelector('[part="title"]'), sections: el.shadowRoot!.querySelectorAll('[data-section]').length });
    const observer = new MutationObserver(record);
    document.body.append(el);
    try {
      observer.observe(el.shadowRoot!, { childList: true, subtree: true });
      await el.updateComplete;
      record();
      const first = batches.find((b) => b.title);
      expect(first, 'a render with the title').to.exist;
      expect(first!.sections, 'sections in the render that first shows the title').to.equal(0);
      expect(batches.at(-1)!.sections, 'sections once updateComplete has settled').to.be.greaterThan(8);
    } finally {
      observer.disconnect();
      el.remove();
    }
  });

  it('holding a pasted snippet, replaces it with the whole summary in one render, never its title alone', async () => {
    const el = document.createElement('eg-summary') as EgSummary;
    el.summary = SUMMARY;
    el.innerHTML = '<h2>The pasted snippet</h2><p>Its text.</p>';
    document.body.append(el);
    try {
      // The widget attaches its shadow root and renders in one task (after the page's first
      // paint): at the first frame that has the shadow root, its render is done.
      for (let frames = 0; !el.shadowRoot?.querySelector('[part="title"]'); frames++) {
        expect(frames, 'frames waited for the render').to.be.below(600);
        await new Promise((r) => requestAnimationFrame(r));
      }
      expect(el.shadowRoot!.querySelectorAll('[data-section]').length).to.be.greaterThan(8);
    } finally {
      el.remove();
    }
  });

  it('sets the title at heading-level and sections one level below, clamped at 6', async () => {
    const { root } = await summaryPage(html`<div><h1>Page</h1><h2>Part</h2><eg-summary summary=${SUMMARY} heading-level="3"></eg-summary></div>`);
    const outline = headingOutline(root);
    expect(outline[2]!.level).to.equal(3);
    expect(skippedLevels(outline)).to.deep.equal([]);
    expect(Math.max(...outline.map((h) => h.level))).to.be.at.most(6);
  });

  it('speaks Welsh inside lang="cy", keeping the evidence marked English', async () => {
    const { el } = await summaryPage(html`<div lang="cy"><h1>Tudalen</h1><eg-summary summary=${SUMMARY}></eg-summary></div>`);
    const text = readable(el);
    expect(text).to.contain(cy.summary.contents);
    expect(text).to.contain(cy.summary.glossary);
    expect(text).to.not.contain(en.summary.contents);
    const title = el.shadowRoot!.querySelector('[part="title"] [lang="en"]');
    expect(title?.textContent).to.contain('integrating early years services');
  });

});
