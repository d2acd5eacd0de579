import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { formatHarvard, harvardSegments, joinAuthors } from '../src/components/references/harvard.js';
import '../src/components/references/eg-references.js';
import { CitationCopyEvent, ReferenceFollowEvent, type EgReferences } from '../src/components/references/references.js';
import { loadSummary } from '../src/content/registry.js';
import type { Reference } from '../src/content/types.js';
import { cy } from '../src/internal/locale/cy.js';
import { en } from '../src/internal/locale/en.js';
import { captureWarnings, focusBefore, isLoading, shadowText, until } from './helpers.js';
import { found, printRulesAsScreen } from './widget-helpers.js';

const SUMMARY = 'early-years-integration';

const MAIN_REVIEW =
  "Siraj-Blatchford, I. and Siraj-Blatchford, J. (2009a) Improving development outcomes for children through effective practice in integrating early years services: knowledge review 3, London: Centre for Excellence and Outcomes in Children and Young People's Services (available at http://www.c4eo.org.uk/themes/earlyyears/effectivepractice/files/c4eo_effective_practice_kr_1.pdf, accessed 24 March 2009).";
const SCOPING_STUDY =
  "Lord, P., Springate, I., Atkinson, M., Haines, B., Morris, M., O'Donnell, L., Benefield, P., Harper, A. and Sharp, C. (2008) Improving development outcomes for children through effective practice in integrating early years services: scoping review 1, London: Centre for Excellence and Outcomes in Children and Young People's Services (available at www.c4eo.org.uk/themes/earlyyears/effectivepractice/files/c4eo_effective_practice_scoping_study.pdf, accessed 21 January 2009).";

async function ready(el: EgReferences): Promise<EgReferences> {
  await until(() => !isLoading(el) && !!el.shadowRoot?.querySelector('[part="references"], .problem'));
  await el.updateComplete;
  return el;
}

function entry(el: EgReferences, index: number): HTMLElement {
  return el.shadowRoot!.querySelectorAll<HTMLElement>('.entry')[index]!;
}

/** Replaces `navigator.clipboard.writeText` for one test (a real browser path: the widget's own code runs unchanged). */
function stubClipboard(impl: ((text: string) => Promise<void>) | 'missing'): { written: string[]; restore: () => void } {
  const written: string[] = [];
  if (impl === 'missing') {
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    return { written, restore: () => delete (navigator as { clipboard?: unknown }).clipboard };
  }
  const clipboard = navigator.clipboard as Clipboard & { writeText: (text: string) => Promise<void> };
  Object.defineProperty(clipboard, 'writeText', {
    configurable: true,
    value: (text: string) => {
      written.push(text);
      return impl(text);
    },
  });
  return { written, restore: () => delete (clipboard as { writeText?: unknown }).writeText };
}

function nextCopyEvent(el: EgReferences): Promise<CitationCopyEvent> {
  return new Promise((resolve) => el.addEventListener('eg-citation-copy', resolve, { once: true }));
}

describe('harvard formatter', () => {
  it('formats references as the source does, with the address exactly as given', async () => {
    const summary = await loadSummary(SUMMARY);
    const byId = (id: string) => summary.references.find((r) => r.id === id)!;
    expect(formatHarvard(byId('siraj-blatchford-2009a'))).to.equal(MAIN_REVIEW);
    expect(formatHarvard(byId('lord-2008'))).to.equal(SCOPING_STUDY);
  });

  it('leaves out what a reference does not give, and marks a topic as supplied, not a title', async () => {
    const summary = await loadSummary(SUMMARY);
    const related = summary.references.find((r) => r.id === 'coghlan-2009')!;
    expect(formatHarvard(related)).to.equal("Coghlan et al (2009) [Narrowing the Gap], Centre for Excellence and Outcomes in Children and Young People's Services.");
    expect(harvardSegments(related).map((s) => s.kind)).to.not.include('url');
    expect(harvardSegments(related).map((s) => s.kind)).to.not.include('title');
    const bare: Reference = { id: 'x', role: 'cited', authors: ['Smith, A.'], year: '2001' };
    expect(formatHarvard(bare)).to.equal('Smith, A. (2001).');
    expect(formatHarvard({ ...bare, title: 'A title', series: 'Series 4', place: 'Leeds' })).to.equal('Smith, A. (2001) A title, Series 4, Leeds.');
    expect(formatHarvard({ ...bare, url: 'www.example.org' })).to.equal('Smith, A. (2001) (available at www.example.org).');
    expect(joinAuthors(['A', 'B', 'C'])).to.equal('A, B and C');
  });
});

describe('eg-references', () => {
  it('is accessible', async () => {
    const el = await ready(await fixture<EgReferences>(html`<eg-references summary=${SUMMARY}></eg-references>`));
    await expect(el).to.be.accessible();
  });

  it('lists every reference from content, Harvard style, with its role and the address as the source gives it', async () => {
    const summary = await loadSummary(SUMMARY);
    const el = await ready(await fixture<EgReferences>(html`<eg-references summary=${SUMMARY}></eg-references>`));
    const root = el.shadowRoot!;
    expect(root.querySelector('h2')!.textContent).to.equal(en.references);
    expect(root.querySelectorAll('.entry').length).to.equal(summary.references.length);
    expect(Array.from(root.querySelectorAll('.role'), (r) => r.textContent)).to.deep.equal([
      en.referenceRole['main-review'],
      en.referenceRole['scoping-study'],
      en.referenceRole['related-review'],
      en.referenceRole['related-review'],
    ]);
    const fold = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
    expect(fold(entry(el, 0).querySelector('.citation')!.textContent)).to.equal(MAIN_REVIEW);
    expect(fold(entry(el, 1).querySelector('.citation')!.textContent)).to.equal(SCOPING_STUDY);
    expect(entry(el, 0).querySelector('.citation')!.getAttribute('lang')).to.equal('en');
    expect(entry(el, 0).querySelector('cite')!.textContent).to.contain('knowledge review 3');
    // The scoping study's address has no scheme in the source: shown as given, linked with http://.
    const link = entry(el, 1).querySelector('a')!;
    expect(link.textContent).to.equal('www.c4eo.org.uk/themes/earlyyears/effectivepractice/files/c4eo_effective_practice_scoping_study.pdf');
    expect(link.getAttribute('href')).to.equal('http://www.c4eo.org.uk/themes/earlyyears/effectivepractice/files/c4eo_effective_practice_scoping_study.pdf');
    // A visible note that addresses date from the source's time.
    expect(entry(el, 0).querySelector('.link-note')!.textContent).to.contain(en.linkFrom2009('2009'));
    // Related reviews: no address, no invented place or title.
    const related = entry(el, 3);
    expect(found(related.querySelector('a, .link-note, cite'))).to.equal('none');
    expect(fold(related.querySelector('.citation')!.textContent)).to.not.contain('London');
  });

  it('shows one reference with reference="ID", without the list heading', async () => {
    const el = await ready(await fixture<EgReferences>(html`<eg-references summary=${SUMMARY} reference="lord-2008"></eg-references>`));
    expect(el.shadowRoot!.querySelectorAll('.entry').length).to.equal(1);
    expect(found(el.shadowRoot!.querySelector('h2'))).to.equal('none');
    expect(shadowText(el)).to.contain('Lord, P., Springate, I.');
    await expect(el).to.be.accessible();
  });

  it('fires eg-reference-follow when a link is clicked, without preventing the navigation', async () => {
    const el = await ready(await fixture<EgReferences>(html`<eg-references summary=${SUMMARY}></eg-references>`));
    const link = entry(el, 0).querySelector('a')!;
    const seen: Array<{ event: ReferenceFollowEvent; clickPrevented: boolean }> = [];
    let clickEvent: MouseEvent | undefined;
    let preventedByWidget: boolean | undefined;
    const onFollow = (e: ReferenceFollowEvent) => seen.push({ event: e, clickPrevented: clickEvent?.defaultPrevented ?? false });
    const capture = (e: MouseEvent) => (clickEvent = e);
    // Runs last, after the widget's own listener: record whether the widget cancelled, then stop the test page navigating.
    const cancelNavigation = (e: MouseEvent) => {
      preventedByWidget = e.defaultPrevented;
      e.preventDefault();
    };
    document.body.addEventListener('eg-reference-follow', onFollow);
    window.addEventListener('click', capture, true);
    window.addEventListener('click', cancelNavigation);
    try {
      link.click();
    } finally {
      document.body.removeEventListener('eg-reference-follow', onFollow);
      window.removeEventListener('click', capture, true);
      window.removeEventListener('click', cancelNavigation);
    }
    expect(preventedByWidget).to.equal(false);
    expect(seen.length).to.equal(1);
    const { event, clickPrevented } = seen[0]!;
    expect(clickPrevented).to.equal(false);
    expect(event instanceof ReferenceFollowEvent, 'an instance of ReferenceFollowEvent').to.equal(true);
    expect(event.referenceId).to.equal('siraj-blatchford-2009a');
    expect(event.href).to.equal('http://www.c4eo.org.uk/themes/earlyyears/effectivepractice/files/c4eo_effective_practice_kr_1.pdf');
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(event.defaultPrevented).to.equal(false);
  });

  it('copies a citation to the clipboard and says so in a polite live region that was already there', async () => {
    const el = await ready(await fixture<EgReferences>(html`<eg-references summary=${SUMMARY}></eg-references>`));
    const status = entry(el, 1).querySelector('[role="status"]')!;
    expect(status.textContent).to.equal('');
    const clipboard = stubClipboard(() => Promise.resolve());
    try {
      const copied = nextCopyEvent(el);
      const button = entry(el, 1).querySelector('button')!;
      expect(button.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`${en.copyCitation}: Lord et al (2008)`);
      button.click();
      const event = await copied;
      expect(clipboard.written).to.deep.equal([SCOPING_STUDY]);
      expect(event instanceof CitationCopyEvent, 'an instance of CitationCopyEvent').to.equal(true);
      expect(event.referenceId).to.equal('lord-2008');
      expect(event.citation).to.equal(SCOPING_STUDY);
      expect(event.method).to.equal('clipboard');
      expect(event.bubbles && event.composed).to.equal(true);
      // The same live region element, now with the message.
      expect(entry(el, 1).querySelector('[role="status"]') === status, 'the live region is the one that was there before').to.equal(true);
      expect(status.textContent).to.equal(en.citationCopied);
      expect(found(entry(el, 1).querySelector('textarea'))).to.equal('none');
      await expect(el).to.be.accessible();
    } finally {
      clipboard.restore();
    }
  });

  it('falls back to a selected, focused read-only field when the clipboard refuses', async () => {
    const el = await ready(await fixture<EgReferences>(html`<eg-references summary=${SUMMARY}></eg-references>`));
    const clipboard = stubClipboard(() => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')));
    try {
      const copied = nextCopyEvent(el);
      entry(el, 0).querySelector('button')!.click();
      const event = await copied;
      expect(event.method).to.equal('fallback');
      expect(event.citation).to.equal(MAIN_REVIEW);
      const field = entry(el, 0).querySelector('textarea')!;
      expect(field.readOnly).to.equal(true);
      expect(field.value).to.equal(MAIN_REVIEW);
      expect(el.shadowRoot!.activeElement === field, `focus is on the citation field, not ${el.shadowRoot!.activeElement?.tagName}`).to.equal(true);
      expect(field.selectionStart).to.equal(0);
      expect(field.selectionEnd).to.equal(MAIN_REVIEW.length);
      expect(field.labels![0]!.textContent).to.equal(en.citationLabel);
      expect(el.shadowRoot!.getElementById(field.getAttribute('aria-describedby')!)!.textContent).to.equal(en.copyFallbackInstruction);
      expect(entry(el, 0).querySelector('[role="status"]')!.textContent).to.equal('');
      await expect(el).to.be.accessible();
    } finally {
      clipboard.restore();
    }
  });

  it('falls back the same way when there is no clipboard API (plain http)', async () => {
    const el = await ready(await fixture<EgReferences>(html`<eg-references summary=${SUMMARY} reference="coghlan-2009"></eg-references>`));
    const clipboard = stubClipboard('missing');
    try {
      expect(navigator.clipboard === undefined, 'no clipboard API').to.equal(true);
      const copied = nextCopyEvent(el);
      el.shadowRoot!.querySelector('button')!.click();
      const event = await copied;
      expect(event.method).to.equal('fallback');
      const field = el.shadowRoot!.querySelector('textarea')!;
      expect(field.value).to.equal(event.citation);
      expect(el.shadowRoot!.activeElement === field, `focus is on the citation field, not ${el.shadowRoot!.activeElement?.tagName}`).to.equal(true);
    } finally {
      clipboard.restore();
    }
    expect(navigator.clipboard !== undefined, 'clipboard API restored').to.equal(true);
  });

  it('lets a keyboard user reach the link and the copy button, and copy with the keyboard', async () => {
    const el = await ready(await fixture<EgReferences>(html`<eg-references summary=${SUMMARY} reference="siraj-blatchford-2009a"></eg-references>`));
    const clipboard = stubClipboard(() => Promise.resolve());
    try {
      await focusBefore(el);
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.tagName).to.equal('A');
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.tagName).to.equal('BUTTON');
      const copied = nextCopyEvent(el);
      await sendKeys({ press: 'Enter' });
      expect((await copied).method).to.equal('clipboard');
      expect(clipboard.written).to.deep.equal([MAIN_REVIEW]);
    } finally {
      clipboard.restore();
    }
  });

  it('prints without buttons, and without repeating addresses already shown as text', async () => {
    const el = await ready(await fixture<EgReferences>(html`<eg-references summary=${SUMMARY}></eg-references>`));
    const root = el.shadowRoot!;
    const button = root.querySelector('button')!;
    const link = root.querySelector('a')!;
    expect(getComputedStyle(button).display).to.not.equal('none');
    const sheets = root.adoptedStyleSheets;
    root.adoptedStyleSheets = [...sheets, printRulesAsScreen(root)];
    try {
      expect(getComputedStyle(button).display).to.equal('none');
      expect(getComputedStyle(link, '::after').content).to.equal('none');
      expect(getComputedStyle(link).display).to.not.equal('none');
    } finally {
      root.adoptedStyleSheets = sheets;
    }
  });

  it('names an unknown reference id and warns once listing the valid ids', async () => {
    const warnings = captureWarnings();
    try {
      const el = await ready(await fixture<EgReferences>(html`<eg-references summary=${SUMMARY} reference="smith-1999"></eg-references>`));
      expect(shadowText(el)).to.contain(en.itemNotFound(en.kindReference, 'smith-1999', SUMMARY));
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings.calls.length).to.equal(1);
      expect(warnings.calls[0]).to.contain('lord-2008');
      expect(warnings.calls[0]).to.contain('coghlan-2009');
      await expect(el).to.be.accessible();
    } finally {
      warnings.restore();
    }
  });

  it('works inline: the author\'s list shows through the slot', async () => {
    const el = await fixture<EgReferences>(html`<eg-references>
      <h2>References</h2>
      <ul><li>Lord, P. et al (2008) <cite>Scoping review 1</cite>.</li></ul>
    </eg-references>`);
    await expect(el).to.be.accessible();
    expect(el.querySelector('h2')!.assignedSlot).to.not.equal(null);
    expect(found(el.shadowRoot!.querySelector('h2, button'))).to.equal('none');
  });

  it('speaks Welsh on a Welsh page while the citations stay marked as English', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="cy"><eg-references summary=${SUMMARY}></eg-references></div>`);
    const el = await ready(wrapper.querySelector('eg-references')!);
    const root = el.shadowRoot!;
    expect(root.querySelector('h2')!.textContent).to.equal(cy.references);
    expect(root.querySelector('.role')!.textContent).to.equal(cy.referenceRole['main-review']);
    expect(root.querySelector('button')!.textContent).to.contain('Copïo’r cyfeirnod');
    expect(root.querySelector('.link-note')!.textContent).to.contain(cy.linkFrom2009('2009'));
    for (const c of Array.from(root.querySelectorAll('.citation'))) expect(c.getAttribute('lang')).to.equal('en');
    const clipboard = stubClipboard(() => Promise.resolve());
    try {
      const copied = nextCopyEvent(el);
      entry(el, 0).querySelector('button')!.click();
      await copied;
      expect(entry(el, 0).querySelector('[role="status"]')!.textContent).to.equal('Cyfeirnod wedi’i gopïo');
    } finally {
      clipboard.restore();
    }
    await expect(wrapper).to.be.accessible();
  });
});
