import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/components/implications/eg-implications.js';
import { AudienceChangeEvent, type EgImplications } from '../src/components/implications/implications.js';
import { loadSummary } from '../src/content/registry.js';
import { cy } from '../src/internal/locale/cy.js';
import { en } from '../src/internal/locale/en.js';
import { captureWarnings, focusBefore, isLoading, shadowText, until } from './helpers.js';
import { emulatePrintOrSkip, found, printRulesAsScreen } from './widget-helpers.js';

const SUMMARY = 'early-years-integration';

async function ready(el: EgImplications): Promise<EgImplications> {
  await until(() => !isLoading(el) && !!el.shadowRoot?.querySelector('section, .problem'));
  await el.updateComplete;
  return el;
}

/** The text of a content HTML fragment. */
function textOf(fragment: string): string {
  const template = document.createElement('template');
  template.innerHTML = fragment;
  return template.content.textContent!;
}

function group(el: EgImplications, audience: string): HTMLElement {
  return el.shadowRoot!.querySelector<HTMLElement>(`.group[data-audience="${audience}"]`)!;
}

function radio(el: EgImplications, value: string): HTMLInputElement {
  return el.shadowRoot!.querySelector<HTMLInputElement>(`input[type="radio"][value="${value}"]`)!;
}

describe('eg-implications', () => {
  it('is accessible with both audiences and the switch', async () => {
    const el = await ready(await fixture<EgImplications>(html`<eg-implications summary=${SUMMARY}></eg-implications>`));
    await expect(el).to.be.accessible();
  });

  it('renders both audiences from content, with headings one and two levels below the section', async () => {
    const summary = await loadSummary(SUMMARY);
    const el = await ready(await fixture<EgImplications>(html`<eg-implications summary=${SUMMARY}></eg-implications>`));
    const root = el.shadowRoot!;
    expect(root.querySelector('h2')!.textContent).to.equal(en.implications.heading);
    const groupHeadings = Array.from(root.querySelectorAll('h3'), (h) => h.textContent);
    expect(groupHeadings).to.deep.equal([en.implications.forLocal, en.implications.forNational]);
    // Every implication appears once, under its own audience, as a heading at level 4 marked with the content language.
    for (const item of summary.implications) {
      const headings = Array.from(group(el, item.audience).querySelectorAll('h4'));
      const heading = headings.find((h) => h.textContent === item.statement);
      expect(heading, item.id).to.not.equal(undefined);
      expect(heading!.getAttribute('lang')).to.equal('en');
    }
    expect(root.querySelectorAll('h4').length).to.equal(summary.implications.length);
    // Local intro, preamble and sub-points.
    expect(group(el, 'local').querySelector('.intro')!.textContent).to.equal(textOf(summary.intros.implicationsLocal));
    const training = Array.from(root.querySelectorAll('.implication')).find((li) => li.textContent!.includes('Provide training at all levels'))!;
    expect(training.querySelector('.points')!.textContent).to.contain('Training is needed to develop:');
    expect(Array.from(training.querySelectorAll('.points li'), (li) => li.textContent)).to.include('a shared philosophy and vision');
    // National sub-points.
    expect(group(el, 'national').textContent).to.contain('the roles of universal, targeted and preventative services');
    // Provenance once, for the whole widget.
    expect(root.querySelectorAll('[part="provenance"]').length).to.equal(1);
    expect(root.querySelector('[part="provenance"]')!.textContent).to.contain('C4EO');
  });

  it('shows only one audience, with no switch, for audience="local" or "national"', async () => {
    const local = await ready(await fixture<EgImplications>(html`<eg-implications summary=${SUMMARY} audience="local"></eg-implications>`));
    expect(found(local.shadowRoot!.querySelector('fieldset'))).to.equal('none');
    expect(group(local, 'local')).to.not.equal(null);
    expect(found(group(local, 'national'))).to.equal('none');
    expect(shadowText(local)).to.contain('Involve the people who use services');
    expect(shadowText(local)).to.not.contain('Set an overall strategy');
    await expect(local).to.be.accessible();

    const national = await ready(await fixture<EgImplications>(html`<eg-implications summary=${SUMMARY} audience="national"></eg-implications>`));
    expect(found(group(national, 'local'))).to.equal('none');
    expect(shadowText(national)).to.contain('Set an overall strategy');
  });

  it('sets its heading levels from heading-level, clamped to 6', async () => {
    const el = await ready(await fixture<EgImplications>(html`<eg-implications summary=${SUMMARY} heading-level="3"></eg-implications>`));
    expect(el.shadowRoot!.querySelector('h3')!.textContent).to.equal(en.implications.heading);
    expect(el.shadowRoot!.querySelectorAll('h4').length).to.equal(2);
    expect(el.shadowRoot!.querySelectorAll('h5').length).to.be.greaterThan(2);
    el.headingLevel = 5;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h5')!.textContent).to.equal(en.implications.heading);
    expect(el.shadowRoot!.querySelectorAll('h6').length).to.be.greaterThan(4);
    expect(found(el.shadowRoot!.querySelector('h7, h4'))).to.equal('none');
  });

  it('keeps audience and item headings below the section heading when heading-level is not a number', async () => {
    const el = await ready(await fixture<EgImplications>(html`<eg-implications summary=${SUMMARY} heading-level="high"></eg-implications>`));
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal(en.implications.heading);
    expect(el.shadowRoot!.querySelectorAll('h3').length).to.equal(2);
    expect(el.shadowRoot!.querySelectorAll('h4').length).to.be.greaterThan(2);
  });

  it('offers a native radio group in a fieldset, with "both" chosen first', async () => {
    const el = await ready(await fixture<EgImplications>(html`<eg-implications summary=${SUMMARY}></eg-implications>`));
    const fieldset = el.shadowRoot!.querySelector('fieldset')!;
    expect(fieldset.querySelector('legend')!.textContent).to.equal(en.implications.showFor);
    const radios = Array.from(fieldset.querySelectorAll<HTMLInputElement>('input[type="radio"]'));
    expect(radios.map((r) => r.value)).to.deep.equal(['all', 'local', 'national']);
    expect(radios.map((r) => r.closest('label')!.textContent!.trim())).to.deep.equal([en.implications.option.all, en.implications.option.local, en.implications.option.national]);
    expect(new Set(radios.map((r) => r.name)).size).to.equal(1);
    expect(radio(el, 'all').checked).to.equal(true);
    expect(group(el, 'local').hidden).to.equal(false);
    expect(group(el, 'national').hidden).to.equal(false);
  });

  it('switches audience by keyboard and fires a typed eg-audience-change event', async () => {
    const el = await ready(await fixture<EgImplications>(html`<eg-implications summary=${SUMMARY}></eg-implications>`));
    const events: AudienceChangeEvent[] = [];
    const listener = (e: AudienceChangeEvent) => events.push(e);
    document.body.addEventListener('eg-audience-change', listener);
    try {
      await focusBefore(el);
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement === radio(el, 'all'), 'focus is on the "Both" radio').to.equal(true);

      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(radio(el, 'local').checked).to.equal(true);
      expect(el.shadowRoot!.activeElement === radio(el, 'local'), 'focus moved to the "Local" radio').to.equal(true);
      expect(group(el, 'local').hidden).to.equal(false);
      expect(group(el, 'national').hidden).to.equal(true);
      expect(getComputedStyle(group(el, 'national')).display).to.equal('none');
      expect(el.shownAudience).to.equal('local');

      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(radio(el, 'national').checked).to.equal(true);
      expect(group(el, 'local').hidden).to.equal(true);
      expect(group(el, 'national').hidden).to.equal(false);

      expect(events.length).to.equal(2);
      expect(events[0] instanceof AudienceChangeEvent, 'an instance of AudienceChangeEvent').to.equal(true);
      expect(events.map((e) => e.audience)).to.deep.equal(['local', 'national']);
      expect(events[0]!.bubbles).to.equal(true);
      expect(events[0]!.composed).to.equal(true);
      expect(events[0]!.target === el, 'the event is dispatched by the widget').to.equal(true);
    } finally {
      document.body.removeEventListener('eg-audience-change', listener);
    }
  });

  it('goes back to both audiences when "Both" is chosen', async () => {
    const el = await ready(await fixture<EgImplications>(html`<eg-implications summary=${SUMMARY}></eg-implications>`));
    radio(el, 'national').click();
    await el.updateComplete;
    expect(group(el, 'local').hidden).to.equal(true);
    let audience: string | undefined;
    el.addEventListener('eg-audience-change', (e) => (audience = e.audience), { once: true });
    radio(el, 'all').click();
    expect(audience).to.equal('all');
    await el.updateComplete;
    expect(group(el, 'local').hidden).to.equal(false);
    expect(group(el, 'national').hidden).to.equal(false);
  });

  it('prints every audience and no switch (print rules applied through the print medium)', async function () {
    const el = await ready(await fixture<EgImplications>(html`<eg-implications summary=${SUMMARY}></eg-implications>`));
    radio(el, 'local').click();
    await el.updateComplete;
    expect(getComputedStyle(group(el, 'national')).display).to.equal('none');
    await emulatePrintOrSkip(this);
    try {
      expect(matchMedia('print').matches).to.equal(true);
      expect(group(el, 'national').hidden).to.equal(true);
      expect(getComputedStyle(group(el, 'national')).display).to.equal('block');
      expect(getComputedStyle(el.shadowRoot!.querySelector('fieldset')!).display).to.equal('none');
      el.setAttribute('print', 'as-shown');
      await el.updateComplete;
      expect(getComputedStyle(group(el, 'national')).display).to.equal('none');
      expect(getComputedStyle(group(el, 'local')).display).to.equal('block');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('has print rules that show hidden audiences and hide the switch, unless print="as-shown" (all browsers)', async () => {
    const el = await ready(await fixture<EgImplications>(html`<eg-implications summary=${SUMMARY}></eg-implications>`));
    radio(el, 'national').click();
    await el.updateComplete;
    const root = el.shadowRoot!;
    const local = group(el, 'local');
    expect(getComputedStyle(local).display).to.equal('none');
    const sheets = root.adoptedStyleSheets;
    root.adoptedStyleSheets = [...sheets, printRulesAsScreen(root)];
    try {
      expect(local.hidden).to.equal(true);
      expect(getComputedStyle(local).display).to.equal('block');
      expect(getComputedStyle(root.querySelector('fieldset')!).display).to.equal('none');
      el.print = 'as-shown';
      await el.updateComplete;
      expect(el.getAttribute('print')).to.equal('as-shown');
      expect(getComputedStyle(local).display).to.equal('none');
    } finally {
      root.adoptedStyleSheets = sheets;
    }
  });

  it('names an invalid audience in a visible message and warns once listing the valid values', async () => {
    const warnings = captureWarnings();
    try {
      const el = await ready(await fixture<EgImplications>(html`<eg-implications summary=${SUMMARY} audience="regional"></eg-implications>`));
      expect(shadowText(el)).to.contain(en.invalidValue('audience', 'regional', 'all, local, national'));
      expect(el.shadowRoot!.querySelector('[part="problem"]')).to.not.equal(null);
      await expect(el).to.be.accessible();
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings.calls.length).to.equal(1);
      expect(warnings.calls[0]).to.contain('regional');
      expect(warnings.calls[0]).to.contain('all, local, national');
    } finally {
      warnings.restore();
    }
  });

  it('names an invalid print value', async () => {
    const warnings = captureWarnings();
    try {
      const el = await ready(await fixture<EgImplications>(html`<eg-implications summary=${SUMMARY} print="never"></eg-implications>`));
      expect(shadowText(el)).to.contain('“never”');
      expect(warnings.calls.length).to.equal(1);
      expect(warnings.calls[0]).to.contain('all, as-shown');
    } finally {
      warnings.restore();
    }
  });

  it('works inline: the author\'s headings and lists show through the slot', async () => {
    const el = await fixture<EgImplications>(html`<eg-implications>
      <h2>Implications</h2>
      <h3>For local decision makers and managers</h3>
      <ul><li>Involve the people who use services in planning and delivering them</li></ul>
    </eg-implications>`);
    await expect(el).to.be.accessible();
    expect(el.shadowRoot!.querySelector('slot')).to.not.equal(null);
    expect(el.querySelector('h3')!.assignedSlot).to.not.equal(null);
    expect(found(el.shadowRoot!.querySelector('h2, h3, fieldset'))).to.equal('none');
  });

  it('speaks Welsh on a Welsh page while the evidence text stays marked as English', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="cy"><eg-implications summary=${SUMMARY}></eg-implications></div>`);
    const el = await ready(wrapper.querySelector('eg-implications')!);
    const root = el.shadowRoot!;
    expect(root.querySelector('h2')!.textContent).to.equal(cy.implications.heading);
    expect(root.querySelector('h2')!.hasAttribute('lang')).to.equal(false);
    expect(root.querySelector('legend')!.textContent).to.equal(cy.implications.showFor);
    expect(radio(el, 'all').closest('label')!.textContent!.trim()).to.equal(cy.implications.option.all);
    expect(Array.from(root.querySelectorAll('h3'), (h) => h.textContent)).to.deep.equal([cy.implications.forLocal, cy.implications.forNational]);
    expect(shadowText(el)).to.contain('Mawrth 2009');
    for (const h of Array.from(root.querySelectorAll('h4'))) expect(h.getAttribute('lang')).to.equal('en');
    expect(root.querySelector('.intro')!.getAttribute('lang')).to.equal('en');
    await expect(wrapper).to.be.accessible();
  });
});
