import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import '../src/components/glossary-term/eg-glossary-term.js';
import type { EgGlossaryTerm, DefinitionToggleEvent } from '../src/components/glossary-term/glossary-term.js';
import { loadSummary } from '../src/content/registry.js';
import { en } from '../src/internal/locale/en.js';
import { cy } from '../src/internal/locale/cy.js';
import { captureWarnings, focusBefore, isLoading, shadowText, until } from './helpers.js';

const SUMMARY = 'early-years-integration';

async function term(markup: ReturnType<typeof html>): Promise<{ wrapper: HTMLElement; el: EgGlossaryTerm }> {
  const wrapper = await fixture<HTMLElement>(markup);
  const el = wrapper.localName === 'eg-glossary-term' ? (wrapper as EgGlossaryTerm) : wrapper.querySelector('eg-glossary-term')!;
  await until(() => !isLoading(el) && !!el.shadowRoot?.querySelector('button, .problem'));
  await el.updateComplete;
  return { wrapper, el };
}

function bubble(el: EgGlossaryTerm): HTMLElement {
  return el.shadowRoot!.querySelector('[part="definition"]')!;
}

function centreOf(el: Element): [number, number] {
  const r = el.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
}

describe('eg-glossary-term', () => {
  afterEach(() => resetMouse());

  it('is accessible, closed and open', async () => {
    const { wrapper, el } = await term(html`<p>Agree on <eg-glossary-term summary=${SUMMARY} term="tiers-of-need">tiers of need</eg-glossary-term> across services.</p>`);
    await expect(wrapper).to.be.accessible();
    el.show();
    await el.updateComplete;
    await expect(wrapper).to.be.accessible();
  });

  it('keeps the page\'s own wording as the term and describes it with the library\'s definition', async () => {
    const summary = await loadSummary(SUMMARY);
    const entry = summary.glossary.find((t) => t.id === 'tiers-of-need')!;
    const { el } = await term(html`<eg-glossary-term summary=${SUMMARY} term="tiers-of-need">tiers</eg-glossary-term>`);
    const button = el.shadowRoot!.querySelector('button')!;
    const slot = button.querySelector('slot')!;
    expect(slot.assignedNodes().map((n) => n.textContent).join('')).to.equal('tiers');
    expect(button.getAttribute('aria-describedby')).to.equal(bubble(el).id);
    expect(bubble(el).textContent).to.contain(entry.definition.slice(0, 40));
    expect(bubble(el).textContent).to.contain(en.glossary.libraryWords);
    expect(bubble(el).querySelector('[lang="en"]')).to.not.equal(null);
  });

  it('opens and closes by keyboard (Enter, Space, Escape) and fires eg-definition-toggle', async () => {
    const { el } = await term(html`<eg-glossary-term summary=${SUMMARY} term="safeguarding">safeguarding</eg-glossary-term>`);
    const button = el.shadowRoot!.querySelector('button')!;
    await focusBefore(el);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(button);
    expect(bubble(el).hidden).to.equal(true);
    const opened = oneEvent(el, 'eg-definition-toggle') as Promise<DefinitionToggleEvent>;
    await sendKeys({ press: 'Enter' });
    const event = await opened;
    expect(event.term).to.equal('safeguarding');
    expect(event.open).to.equal(true);
    expect(event.composed && event.bubbles).to.equal(true);
    await el.updateComplete;
    expect(bubble(el).hidden).to.equal(false);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(bubble(el).hidden).to.equal(true);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(el.open).to.equal(true);
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(el.open).to.equal(false);
  });

  it('opens on hover and stays open while the pointer moves onto the definition (WCAG 1.4.13)', async () => {
    const { el } = await term(html`<p style="margin: 40px">Read about <eg-glossary-term summary=${SUMMARY} term="universal-services">universal services</eg-glossary-term>.</p>`);
    const button = el.shadowRoot!.querySelector('button')!;
    await sendMouse({ type: 'move', position: centreOf(button) });
    await until(() => el.open);
    await el.updateComplete;
    await sendMouse({ type: 'move', position: centreOf(bubble(el)) });
    await new Promise((r) => setTimeout(r, 500));
    expect(el.open, 'still open while hovering the definition').to.equal(true);
    // Dismissible without moving the pointer.
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.open).to.equal(false);
  });

  it('closes after the pointer leaves both the term and the definition', async () => {
    const { el } = await term(html`<p style="margin: 40px">Read about <eg-glossary-term summary=${SUMMARY} term="targeted-services">targeted services</eg-glossary-term>.</p>`);
    await sendMouse({ type: 'move', position: centreOf(el.shadowRoot!.querySelector('button')!) });
    await until(() => el.open);
    await sendMouse({ type: 'move', position: [1, 1] });
    await until(() => !el.open);
  });

  it('comes back closed when moved while open, and Escape still closes it after it is opened again', async () => {
    const { wrapper, el } = await term(html`<p><eg-glossary-term summary=${SUMMARY} term="safeguarding">safeguarding</eg-glossary-term></p>`);
    el.show();
    await el.updateComplete;
    const elsewhere = document.createElement('p');
    document.body.append(elsewhere);
    elsewhere.append(el); // disconnected, then connected again
    await el.updateComplete;
    expect(el.open, 'closed after the move').to.equal(false);
    expect(bubble(el).hidden).to.equal(true);
    el.show();
    await el.updateComplete;
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await el.updateComplete;
    expect(el.open, 'Escape on the page closes it').to.equal(false);
    elsewhere.remove();
    wrapper.remove();
  });

  it('speaks Welsh on a Welsh page, with the definition marked as English', async () => {
    const { el } = await term(html`<div lang="cy"><eg-glossary-term summary=${SUMMARY} term="safeguarding">diogelu</eg-glossary-term></div>`);
    el.show();
    await el.updateComplete;
    expect(bubble(el).textContent).to.contain(cy.glossary.libraryWords);
    expect(bubble(el).querySelector('[lang="en"]')).to.not.equal(null);
  });

  it('shows a visible message naming an unknown term, keeps the page text, and warns once', async () => {
    const warnings = captureWarnings();
    try {
      const { wrapper, el } = await term(html`<p>See <eg-glossary-term summary=${SUMMARY} term="no-such-term">a term</eg-glossary-term>.</p>`);
      expect(shadowText(el)).to.contain(en.itemNotFound(en.glossary.term, 'no-such-term', SUMMARY));
      expect(wrapper.textContent).to.contain('a term');
      expect(warnings.calls.length).to.equal(1);
      expect(warnings.calls[0]).to.contain('tiers-of-need');
      await expect(wrapper).to.be.accessible();
    } finally {
      warnings.restore();
    }
  });
});

describe('eg-glossary-term in print', () => {
  it('prints the definition after the term, unless print="as-shown" and it is closed', async () => {
    const { printRulesAsScreen } = await import('./widget-helpers.js');
    const { el } = await term(html`<p>See <eg-glossary-term summary=${SUMMARY} term="safeguarding">safeguarding</eg-glossary-term>.</p>`);
    const root = el.shadowRoot!;
    const sheets = root.adoptedStyleSheets;
    root.adoptedStyleSheets = [...sheets, printRulesAsScreen(root)];
    try {
      expect(bubble(el).hidden).to.equal(true);
      expect(getComputedStyle(bubble(el)).display).to.equal('inline');
      el.setAttribute('print', 'as-shown');
      await el.updateComplete;
      expect(getComputedStyle(bubble(el)).display).to.equal('none');
      el.show();
      await el.updateComplete;
      expect(getComputedStyle(bubble(el)).display).to.equal('inline');
    } finally {
      root.adoptedStyleSheets = sheets;
    }
  });
});
