import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { EVIDENCE_LEVELS, isEvidenceLevel, levelRank } from '../../content/levels.js';
import type { Summary } from '../../content/types.js';
import { renderProvenanceLine } from '../../internal/provenance-line.js';
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

  /** The evidence level: `strong`, `moderate`, `emerging`, `indirect` or `none`. */
  @property({ reflect: true }) level?: string;

  /** The source's own words for the strength of evidence, e.g. "some evidence". Defaults to the element's text. */
  @property() wording?: string;

  /** The language of the wording, when it differs from the page (e.g. `en` on a Welsh page). */
  @property({ attribute: 'wording-lang' }) wordingLang?: string;

  /** Set when the source makes the statement without grading the evidence. */
  @property({ type: Boolean, reflect: true }) ungraded = false;

  /** Id of the finding whose grade to show (with `summary`). */
  @property({ reflect: true }) finding?: string;

  /** The wording shown: the `wording` attribute, or else the element's own text. */
  get effectiveWording(): string {
    return (this.wording ?? this.textContent ?? '').replace(/\s+/g, ' ').trim();
  }

  /** Without `summary`, the rating comes from the `level`, `wording` and `ungraded` attributes. */
  protected override renderInline() {
    return this.renderRating(this.level?.trim() ?? '', this.effectiveWording, this.ungraded, this.wordingLang);
  }

  /** With `summary` and `finding`, the grade comes from content, with its provenance line when shown on its own. */
  protected override renderSummary(summary: Summary) {
    const id = this.finding?.trim() ?? '';
    const item = summary.findings.find((f) => f.id === id);
    if (!item) return this.itemProblem(this.msg.kind.finding, 'finding', id, summary, summary.findings.map((f) => f.id));
    return html`${this.renderRating(item.grade?.level ?? '', item.grade?.wording ?? '', !item.grade, summary.meta.lang)}
      ${this.standalone ? renderProvenanceLine(summary, this.msg, item.sources) : nothing}`;
  }

  private renderRating(level: string, wording: string, ungraded: boolean, wordingLang: string | undefined) {
    const msg = this.locale.msg;
    if (ungraded) {
      return html`<div class="rating" part="rating">
        <span class="label">${msg.strengthOfEvidence}:</span>
        <span class="level">${msg.notGraded}</span>
        <span class="explanation-text">${msg.notGradedExplanation}</span>
      </div>`;
    }
    if (!isEvidenceLevel(level)) {
      const detail = level ? msg.invalidLevel(level) : msg.missingAttribute('eg-evidence-rating', 'level');
      return this.problem(detail, `${level ? `"${level}" is not an evidence level` : 'the level attribute is missing'}. Valid levels: ${EVIDENCE_LEVELS.join(', ')}.`);
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

declare global {
  interface HTMLElementTagNameMap {
    'eg-evidence-rating': EgEvidenceRating;
  }
}
