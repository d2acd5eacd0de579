import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { EVIDENCE_LEVELS, isEvidenceLevel, levelRank } from '../../content/levels.js';
import type { Finding, Summary } from '../../content/types.js';
import { EgElement } from '../../internal/eg-element.js';
import { base } from '../../styles/base.js';
import { evidenceRatingStyles } from './evidence-rating.styles.js';

/**
 * Shows how certain the evidence for a claim is: the level as a meter and as text,
 * always with the source's own wording. Never colour alone.
 *
 * The level's meaning is explained on demand in a native `<details>` element.
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
 * @csspart rating - The row holding the meter and the text.
 * @csspart meter - The visual meter (hidden from assistive technology; the text says the same).
 * @csspart explanation - The "What this means" disclosure.
 * @csspart problem - The message shown when an attribute is wrong.
 *
 * @cssprop --eg-evidence-rating-meter-color - Colour of the filled meter segments (default: --eg-color-meter).
 * @cssprop --eg-evidence-rating-border-color - Border of the empty meter segments (default: --eg-color-text).
 */
export class EgEvidenceRating extends EgElement {
  static override styles = [base, evidenceRatingStyles];
  static override properties: PropertyDeclarations = {
    level: { reflect: true },
    wording: {},
    wordingLang: { attribute: 'wording-lang' },
    ungraded: { type: Boolean, reflect: true },
    finding: { reflect: true },
    print: { reflect: true },
  };

  /** What printing shows: `all` (the explanation of the level too, the default) or `as-shown` (only if it is open). */
  declare print?: string;

  /** The evidence level: `strong`, `moderate`, `emerging`, `indirect` or `none`. */
  declare level?: string;

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

  /** Without `summary`, the rating comes from the `level`, `wording` and `ungraded` attributes. */
  protected override renderInline() {
    return this.#renderRating(this.level?.trim() ?? '', this.effectiveWording, this.ungraded, this.wordingLang);
  }

  /** With `summary` and `finding`, the grade comes from content, with its provenance line when shown on its own. */
  protected override renderSummary(summary: Summary) {
    const id = this.finding?.trim() ?? '';
    const item = summary.findings.find((f) => f.id === id);
    if (!item) return this.itemProblem((m) => m.kind.finding, 'finding', id, summary, summary.findings);
    return html`${this.#renderRating(item.grade?.level ?? '', item.grade?.wording ?? '', !item.grade, summary.meta.lang)}
      ${this.provenanceLine(summary, [item])}`;
  }

  #renderRating(level: string, wording: string, ungraded: boolean, wordingLang: string | undefined) {
    const msg = this.msg;
    if (ungraded) {
      return html`<div class="rating" part="rating">
        <span class="label">${msg.strengthOfEvidence}:</span>
        <span class="level">${msg.notGraded}</span>
        <span class="explanation-text">${msg.notGradedExplanation}</span>
      </div>`;
    }
    if (!isEvidenceLevel(level)) {
      return this.problem(level ? (m) => m.invalidLevel(level) : (m) => m.missingAttribute(this.localName, 'level'), EVIDENCE_LEVELS);
    }
    const filled = EVIDENCE_LEVELS.length - 1 - levelRank(level);
    const segments = EVIDENCE_LEVELS.length - 1;
    return html`<div class="rating" part="rating">
      <span class="meter" part="meter" aria-hidden="true"
        >${Array.from({ length: segments }, (_, i) => html`<span class=${i < filled ? 'filled' : ''}></span>`)}</span
      >
      <span class="text">
        <span class="label">${msg.strengthOfEvidence}:</span>
        <span class="level">${msg.levelName[level]}</span>
        <span class="visually-hidden">(${msg.levelOf(filled, segments)})</span>
        ${wording
          ? html`<span class="wording">(${msg.sourceSays} <q lang=${wordingLang || nothing}>${wording}</q>)</span>`
          : nothing}
      </span>
      <details part="explanation">
        <summary>${msg.whatThisMeans}</summary>
        <p>${msg.levelDefinition[level]}</p>
        <p>${msg.scaleNote}</p>
      </details>
    </div>`;
  }
}

/**
 * An `<eg-evidence-rating>` showing a finding's grade in the source's words (`lang`), or
 * saying that the source does not grade it. For widgets that show findings.
 *
 * @internal
 */
export function renderGrade(finding: Finding, lang: string): TemplateResult {
  const grade = finding.grade;
  return html`<eg-evidence-rating
    level=${ifDefined(grade?.level)}
    wording=${ifDefined(grade?.wording)}
    wording-lang=${ifDefined(grade && lang)}
    ?ungraded=${!grade}
  ></eg-evidence-rating>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'eg-evidence-rating': EgEvidenceRating;
  }
}
