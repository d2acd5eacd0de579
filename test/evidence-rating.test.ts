import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/evidence-rating/eg-evidence-rating.js';
import { EVIDENCE_LEVELS } from '../src/content/levels.js';
import type { EgEvidenceRating } from '../src/components/evidence-rating/evidence-rating.js';
import { en } from '../src/internal/locale/en.js';
import { cy } from '../src/internal/locale/cy.js';
import { captureWarnings, shadowText, until } from './helpers.js';

describe('eg-evidence-rating', () => {
  for (const level of EVIDENCE_LEVELS) {
    it(`is accessible at level "${level}"`, async () => {
      const el = await fixture<EgEvidenceRating>(html`<eg-evidence-rating level=${level} wording="some words"></eg-evidence-rating>`);
      await expect(el).to.be.accessible();
    });
  }

  it('shows the source wording first and the library reading after it, as text only: no meter, no colour', async () => {
    const el = await fixture<EgEvidenceRating>(html`<eg-evidence-rating level="moderate" wording="some evidence"></eg-evidence-rating>`);
    const text = shadowText(el);
    expect(text).to.contain(en.strengthOfEvidence);
    const wording = text.indexOf('“some evidence”');
    expect(wording).to.be.greaterThan(-1);
    expect(text.indexOf(`${en.libraryReading}: ${en.levelName.moderate}`)).to.be.greaterThan(wording);
    expect(text).not.to.match(/moderate/i);
    expect(el.shadowRoot!.querySelector('[part="meter"]')).to.equal(null);
    // Shown on its own, it says the scale is the library's, visibly.
    const note = el.shadowRoot!.querySelector<HTMLElement>('[part="scale-note"]')!;
    expect(note.textContent).to.equal(en.scaleNote);
    expect(note.checkVisibility()).to.equal(true);
  });

  it('never names a level with a word stronger than the source’s, nor one with a meaning on GRADE, EIF or EEF scales', () => {
    for (const msg of [en, cy]) {
      for (const name of Object.values(msg.levelName)) expect(name).not.to.match(/moderate|high|low|cymedrol|uchel|isel/i);
    }
    expect(en.levelName.none).to.equal('No direct and definitive evidence');
  });

  it('takes the wording from its own text, which is the fallback before upgrade', async () => {
    const el = await fixture<EgEvidenceRating>(html`<eg-evidence-rating level="strong">robust   evidence</eg-evidence-rating>`);
    expect(el.shadowRoot!.querySelector('[part="wording"] span')!.textContent).to.equal('robust evidence');
  });

  it('marks the wording with its language', async () => {
    const el = await fixture<EgEvidenceRating>(html`<eg-evidence-rating level="strong" wording="robust evidence" wording-lang="en"></eg-evidence-rating>`);
    expect(el.shadowRoot!.querySelector('[part="wording"] span')!.getAttribute('lang')).to.equal('en');
  });

  it('says when the source does not grade a statement, rather than inventing a grade', async () => {
    const el = await fixture<EgEvidenceRating>(html`<eg-evidence-rating ungraded></eg-evidence-rating>`);
    await expect(el).to.be.accessible();
    expect(shadowText(el)).to.contain(en.notGraded);
    expect(el.shadowRoot!.querySelector('[part="meter"]')).to.equal(null);
  });

  it('shows a visible message naming an invalid level, and warns once with the valid levels', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<EgEvidenceRating>(html`<eg-evidence-rating level="robust" wording="robust evidence"></eg-evidence-rating>`);
      await expect(el).to.be.accessible();
      expect(shadowText(el)).to.contain(en.invalidLevel('robust'));
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings.calls.length).to.equal(1);
      expect(warnings.calls[0]).to.contain('strong, moderate, emerging, indirect, none');
    } finally {
      warnings.restore();
    }
  });

  it('asks for a summary when finding is set without one, as every widget that shows one item does', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<EgEvidenceRating>(html`<eg-evidence-rating finding="quality-not-type" level="strong">strong</eg-evidence-rating>`);
      expect(shadowText(el)).to.contain(en.missingAttribute('eg-evidence-rating', 'summary'));
    } finally {
      warnings.restore();
    }
  });

  it('shows a visible message when the level is missing', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<EgEvidenceRating>(html`<eg-evidence-rating wording="x"></eg-evidence-rating>`);
      expect(shadowText(el)).to.contain(en.missingAttribute('eg-evidence-rating', 'level'));
    } finally {
      warnings.restore();
    }
  });

  it('speaks Welsh inside lang="cy", and switches when the language changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="cy"><eg-evidence-rating level="strong" wording="robust evidence" wording-lang="en"></eg-evidence-rating></div>`);
    const el = wrapper.querySelector('eg-evidence-rating')!;
    await el.updateComplete;
    expect(shadowText(el)).to.contain(cy.strengthOfEvidence);
    expect(shadowText(el)).to.contain(cy.levelName.strong);
    wrapper.setAttribute('lang', 'en-GB');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(shadowText(el)).to.contain(en.strengthOfEvidence);
  });
});

describe('eg-evidence-rating from content', () => {
  it('takes the grade and wording from a finding, with its provenance line, accessibly', async () => {
    const el = await fixture<EgEvidenceRating>(html`<eg-evidence-rating summary="early-years-integration" finding="characteristics-of-success"></eg-evidence-rating>`);
    await until(() => !!el.shadowRoot!.querySelector('[part="wording"]'));
    await expect(el).to.be.accessible();
    expect(shadowText(el)).to.contain(en.levelName.emerging);
    const wording = el.shadowRoot!.querySelector('[part="wording"] span')!;
    expect(wording.textContent).to.equal('various studies suggest');
    expect(wording.getAttribute('lang')).to.equal('en');
    const provenance = el.shadowRoot!.querySelector('[part="provenance"]')!;
    expect(provenance.textContent).to.contain('C4EO');
    expect(provenance.textContent).to.contain('2009');
    expect(provenance.querySelector('a')!.getAttribute('href')).to.contain('c4eo.org.uk');
  });

  it('shows an ungraded statement from content as not graded', async () => {
    const el = await fixture<EgEvidenceRating>(html`<eg-evidence-rating summary="early-years-integration" finding="specific-training"></eg-evidence-rating>`);
    await until(() => shadowText(el).includes(en.notGraded));
    expect(el.shadowRoot!.querySelector('[part="meter"]')).to.equal(null);
  });

  it('names an unknown finding id visibly and warns once', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<EgEvidenceRating>(html`<eg-evidence-rating summary="early-years-integration" finding="nope"></eg-evidence-rating>`);
      await until(() => !!el.shadowRoot!.querySelector('.problem'));
      expect(shadowText(el)).to.contain(en.itemNotFound('finding', 'nope', 'early-years-integration'));
      expect(warnings.calls.length).to.equal(1);
      expect(warnings.calls[0]).to.contain('quality-not-type');
    } finally {
      warnings.restore();
    }
  });
});
