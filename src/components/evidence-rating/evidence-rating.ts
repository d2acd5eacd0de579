import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { EVIDENCE_LEVELS, isEvidenceLevel, levelRank } from '../../content/levels.js';
import { SummaryNotFoundError } from '../../content/registry.js';
import type { Summary } from '../../content/types.js';
import { LocaleController } from '../../internal/locale.js';
import { ThemeController } from '../../internal/theme.js';
import { renderProblem, warnOnce } from '../../internal/problem.js';
import { renderProvenanceLine, isStandalone } from '../../internal/provenance-line.js';
import { SummaryController } from '../../internal/summary-controller.js';
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
 * Set `theme` (or `data-eg-theme` on an ancestor) to apply a theme without linking its stylesheet.
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
export class EgEvidenceRating extends LitElement {
  static override styles = [base, evidenceRatingStyles];

  /** The evidence level: `strong`, `moderate`, `emerging`, `indirect` or `none`. */
  @property({ reflect: true }) level?: string;

  /** The source's own words for the strength of evidence, e.g. "some evidence". Defaults to the element's text. */
  @property() wording?: string;

  /** The language of the wording, when it differs from the page (e.g. `en` on a Welsh page). */
  @property({ attribute: 'wording-lang' }) wordingLang?: string;

  /** Set when the source makes the statement without grading the evidence. */
  @property({ type: Boolean, reflect: true }) ungraded = false;

  /** Id of a summary to take the grade from (with `finding`), e.g. `early-years-integration`. */
  @property({ reflect: true }) summary?: string;

  /** Id of the finding whose grade to show (with `summary`). */
  @property({ reflect: true }) finding?: string;

  private readonly locale = new LocaleController(this);
  private readonly content = new SummaryController(this, () => this.summary);
  protected readonly themeController = new ThemeController(this);

  /** The wording shown: the `wording` attribute, or else the element's own text. */
  get effectiveWording(): string {
    return (this.wording ?? this.textContent ?? '').replace(/\s+/g, ' ').trim();
  }

  override render() {
    const msg = this.locale.msg;
    switch (this.content.status) {
      case 'idle':
        return this.renderRating(this.level?.trim() ?? '', this.effectiveWording, this.ungraded, this.wordingLang);
      case 'loading':
        return html`<p class="loading" role="status">${msg.loading}</p>`;
      case 'error': {
        const err = this.content.error;
        warnOnce(this, `<eg-evidence-rating>: ${err instanceof Error ? err.message : String(err)}`);
        return err instanceof SummaryNotFoundError
          ? renderProblem(msg, msg.summaryNotFound(err.summaryId))
          : renderProblem(msg, msg.loadFailed, () => this.content.retry());
      }
      default:
        return this.renderFromContent(this.content.summary!);
    }
  }

  private renderFromContent(summary: Summary) {
    const msg = this.locale.msg;
    const id = this.finding?.trim() ?? '';
    const item = summary.findings.find((f) => f.id === id);
    if (!item) {
      warnOnce(this, `<eg-evidence-rating>: there is no finding "${id}" in "${summary.meta.id}". Valid finding ids: ${summary.findings.map((f) => f.id).join(', ')}.`);
      return id
        ? renderProblem(msg, msg.itemNotFound(msg.kind.finding, id, summary.meta.id))
        : renderProblem(msg, msg.missingAttribute('eg-evidence-rating', 'finding'));
    }
    const standalone = isStandalone(this);
    return html`${this.renderRating(item.grade?.level ?? '', item.grade?.wording ?? '', !item.grade, summary.meta.lang)}
      ${standalone ? renderProvenanceLine(summary, msg, item.sources) : nothing}`;
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
      warnOnce(this, `<eg-evidence-rating>: ${level ? `"${level}" is not an evidence level` : 'the level attribute is missing'}. Valid levels: ${EVIDENCE_LEVELS.join(', ')}.`);
      return renderProblem(msg, detail);
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
