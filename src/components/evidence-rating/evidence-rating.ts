import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { EVIDENCE_LEVELS, isEvidenceLevel, type EvidenceLevel } from '../../content/levels.js';
import type { Finding, Summary } from '../../content/types.js';
import { EgElement } from '../../internal/eg-element.js';
import { provenanceFor, type View } from '../../internal/view.js';
import type { Messages } from '../../internal/locale/en.js';
import { base } from '../../styles/base.js';
import { ratingViewStyles } from './evidence-rating.styles.js';

/**
 * Shows how certain the evidence for a claim is: first the source's own words for it
 * ("some evidence"), then this library's reading of those words (a level name), never
 * the other way round, and as text only (no meter, no colour): a visual scale made
 * "some evidence", in a review that calls much of its evidence quite weak, look fairly strong.
 *
 * Shown on its own, it says in a visible line that the level is this library's reading on a
 * scale of its own; a widget that shows many ratings says it once.
 *
 * Light-DOM text is the fallback before (and without) JavaScript, and is used as
 * the wording when `wording` is not set:
 * `<eg-evidence-rating level="strong">robust evidence</eg-evidence-rating>`.
 *
 * With `summary` and `finding`, it takes the finding's grade from content instead and,
 * shown on its own, carries a provenance line (source and date, linked to the reference).
 *
 * @summary The strength of evidence for one claim.
 * @tagname eg-evidence-rating
 *
 * @csspart rating - The row holding the text.
 * @csspart wording - The source's own words for the strength of evidence.
 * @csspart level - This library's reading of those words.
 * @csspart scale-note - The line saying the level is this library's reading (when shown on its own).
 * @csspart problem - The message shown when an attribute is wrong.
 */
export class EgEvidenceRating extends EgElement {
  static override styles = [base, ratingViewStyles];
  static override properties: PropertyDeclarations = {
    level: { reflect: true },
    wording: {},
    wordingLang: { attribute: 'wording-lang' },
    ungraded: { type: Boolean, reflect: true },
    finding: { reflect: true },
  };

  /** The evidence level: `strong`, `moderate`, `emerging`, `indirect` or `none`. */
  declare level?: EvidenceLevel;

  /** The source's own words for the strength of evidence, e.g. "some evidence". Defaults to the element's text. */
  declare wording?: string;

  /** The language of the wording, when it differs from the page (e.g. `en` on a Welsh page). */
  declare wordingLang?: string;

  /** Set when the source makes the statement without grading the evidence. */
  ungraded = false;

  /** Id of the finding whose grade to show (with `summary`). */
  declare finding?: string;

  /** The wording shown: the `wording` attribute, or else the element's own text. */
  get effectiveWording(): string {
    return (this.wording ?? this.textContent ?? '').replace(/\s+/g, ' ').trim();
  }

  static override item = 'finding';

  /** Without `summary`, the rating comes from the `level`, `wording` and `ungraded` attributes. */
  protected override renderInline() {
    return this.#renderRating(this.level?.trim() ?? '', this.effectiveWording, this.ungraded, this.wordingLang);
  }

  /** With `summary` and `finding`, the grade comes from content, with its provenance line when shown on its own. */
  protected override renderSummary(summary: Summary) {
    const item = this.findItem(summary.findings, (m) => m.kind.finding, summary);
    return 'id' in item ? evidenceRatingView(summary, item, this.ctx) : item;
  }

  #renderRating(level: string, wording: string, ungraded: boolean, wordingLang: string | undefined) {
    if (!ungraded && !isEvidenceLevel(level)) {
      return this.problem(level ? (m) => m.invalidLevel(level) : (m) => m.missingAttribute(this.localName, 'level'), EVIDENCE_LEVELS);
    }
    return ratingView(this.msg, ungraded ? undefined : (level as EvidenceLevel), wording, wordingLang, true);
  }
}

/**
 * The rating's markup: the source's words for the strength of evidence (in `wordingLang`),
 * then this library's reading of them, or, with no `level`, that the source does not grade
 * the claim. With `note`, the line saying the level is this library's reading follows.
 */
export function ratingView(msg: Messages, level: EvidenceLevel | undefined, wording: string, wordingLang: string | undefined, note: boolean): TemplateResult {
  return html`<div class="rating" part="rating">
    <span class="rating-label">${msg.strengthOfEvidence}:</span>
    ${!level
      ? html`<span class="level">${msg.notGraded}</span>
          <span class="explanation-text">${msg.notGradedExplanation}</span>`
      : html`${wording
            ? html`<span class="wording" part="wording">“<span lang=${wordingLang || nothing}>${wording}</span>”</span>
                <span class="says">(${msg.sourceWords});</span>`
            : nothing}
          <span class="reading" part="level">${msg.libraryReading}: <span class="level">${msg.levelName[level]}</span></span>
          ${note ? renderScaleNote(msg) : nothing}`}
  </div>`;
}

/** `<eg-evidence-rating>` showing a finding's grade from content, with its provenance line when shown on its own. */
export function evidenceRatingView(summary: Summary, item: Finding, v: View): TemplateResult {
  return html`${ratingView(v.msg, item.grade?.level, item.grade?.wording ?? '', summary.meta.lang, v.standalone)} ${provenanceFor(summary, v, [item])}`;
}

/**
 * The visible line that the level names are this library's reading of the source's words,
 * on a scale of its own. Shown once by each widget that shows level names on its own.
 *
 * @internal
 */
export function renderScaleNote(msg: Messages): TemplateResult {
  return html`<p class="note scale-note" part="scale-note"><small>${msg.scaleNote}</small></p>`;
}

/**
 * A finding's grade as a rating in the source's words (`lang`), or saying that the source
 * does not grade it: the rating's markup itself, not an `<eg-evidence-rating>` (a shadow
 * root per finding is what made long lists slow). For widgets that show findings.
 *
 * @internal
 */
export function renderGrade(finding: Finding, lang: string, msg: Messages): TemplateResult {
  const grade = finding.grade;
  return ratingView(msg, grade?.level, grade?.wording ?? '', lang, false);
}

declare global {
  interface HTMLElementTagNameMap {
    'eg-evidence-rating': EgEvidenceRating;
  }
}
