import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { contentHtml } from '../../internal/content-html.js';
import { EVIDENCE_LEVELS, isEvidenceLevel, levelRank, type EvidenceLevel } from '../../content/levels.js';
import type { Finding as FindingData, Summary } from '../../content/types.js';
import { clampHeadingLevel, DEFAULT_HEADING_LEVEL, renderHeading } from '../../internal/heading.js';
import { renderProvenanceLine } from '../../internal/provenance-line.js';
import { EgElement } from '../../internal/eg-element.js';
import { base } from '../../styles/base.js';
import { keyFindingsStyles } from './key-findings.styles.js';

let ids = 0;

/**
 * The findings in `findings` ordered strongest evidence first: graded findings by
 * level (strong first), then the statements the source does not grade. Ties keep
 * the source's order. With `minLevel`, only graded findings at that level or
 * stronger are kept (ungraded statements are left out).
 */
function orderFindings(findings: readonly FindingData[], minLevel?: EvidenceLevel): FindingData[] {
  const rank = (f: FindingData) => (f.grade ? levelRank(f.grade.level) : EVIDENCE_LEVELS.length);
  const limit = minLevel === undefined ? EVIDENCE_LEVELS.length : levelRank(minLevel);
  // Array.prototype.sort is stable, so findings of equal rank keep the source's order.
  return findings.filter((f) => rank(f) <= limit).sort((a, b) => rank(a) - rank(b));
}

/** The reference ids the findings rest on, each once, in first-seen order. */
function sourcesOf(items: readonly { sources: readonly string[] }[]): string[] {
  return [...new Set(items.flatMap((i) => i.sources))];
}

/**
 * A summary's key findings, strongest evidence first, each shown as an
 * `<eg-finding>` with its strength of evidence in the source's words.
 *
 * Findings are ordered by their evidence level (strong, moderate, emerging,
 * indirect, no direct evidence); statements the source makes without grading the
 * evidence come after the graded ones. Findings at the same level keep the
 * source's order. `min-level` keeps only findings at that level or stronger, and
 * then says, in a short visible note, that ungraded statements are left out.
 *
 * Two ways to use it:
 *
 * - From bundled content: `<eg-key-findings summary="early-years-integration" min-level="moderate">`.
 * - Inline, written into the page so it reads before and without JavaScript: put your
 *   own heading and `<eg-finding>` elements inside. The author's headings are kept as
 *   written and `min-level` does not apply.
 *
 * One provenance line follows the list. When the widget is rendered inside another
 * evidence-guidance widget, that widget shows the provenance instead.
 *
 * A bad `summary` or `min-level` never throws: the widget shows a message naming the
 * value and logs one console warning listing the valid values.
 *
 * @summary A summary's key findings, strongest evidence first.
 * @tagname eg-key-findings
 *
 * @slot - Inline content (used when `summary` is not set): a heading and `<eg-finding>` elements.
 *
 * @csspart section - The section that holds the heading, the note and the list.
 * @csspart heading - The section heading ("Key findings").
 * @csspart intro - The summary's introduction to its findings.
 * @csspart note - The note shown when `min-level` leaves findings out.
 * @csspart list - The list of findings.
 * @csspart provenance - The source line (publisher, date and link).
 * @csspart problem - The message shown for a bad id or attribute, or a failed load.
 *
 * @cssprop --eg-key-findings-note-border-color - The border beside the `min-level` note (default: --eg-color-border).
 * @cssprop --eg-key-findings-gap - The space between findings (default: --eg-space-4).
 */
export class EgKeyFindings extends EgElement {
  static override styles = [base, keyFindingsStyles];

  /**
   * Show only findings at this evidence level or stronger: `strong`, `moderate`,
   * `emerging`, `indirect` or `none`. Ungraded statements are then left out.
   */
  @property({ reflect: true, attribute: 'min-level' }) minLevel?: string;

  /** Level (1-6) of the section heading; each finding's heading is one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = DEFAULT_HEADING_LEVEL;

  private readonly headingId = `eg-key-findings-${++ids}`;

  protected override attributeProblem() {
    const minLevel = this.minLevel?.trim();
    if (!this.summary || !minLevel || isEvidenceLevel(minLevel)) return undefined;
    return this.problem(
      this.msg.invalidLevel(minLevel),
      `min-level "${minLevel}" is not an evidence level. Valid levels: ${EVIDENCE_LEVELS.join(', ')}.`,
    );
  }

  protected override renderSummary(summary: Summary) {
    const minLevel = (this.minLevel?.trim() || undefined) as EvidenceLevel | undefined;
    return this.renderFindings(summary, orderFindings(summary.findings, minLevel), minLevel);
  }

  private renderFindings(summary: Summary, items: FindingData[], minLevel: EvidenceLevel | undefined) {
    const msg = this.locale.msg;
    const lang = summary.meta.lang;
    const itemLevel = clampHeadingLevel(this.headingLevel, 1);
    return html`<section part="section" aria-labelledby=${this.headingId}>
      ${renderHeading(this.headingLevel, msg.keyFindings, { id: this.headingId })}
      ${summary.intros.findings
        ? html`<div class="intro" part="intro" lang=${lang}>${contentHtml(summary.intros.findings)}</div>`
        : nothing}
      ${minLevel ? html`<p class="note" part="note">${msg.minLevelNote(msg.levelName[minLevel])}</p>` : nothing}
      ${items.length
        ? html`<ul class="findings" part="list">
            ${items.map(
              (f) => html`<li>
                <eg-finding summary=${summary.meta.id} finding=${f.id} heading-level=${itemLevel}></eg-finding>
              </li>`,
            )}
          </ul>`
        : minLevel
          ? html`<p class="empty">${msg.noFindingsAtLevel(msg.levelName[minLevel])}</p>`
          : nothing}
      ${this.standalone ? renderProvenanceLine(summary, msg, sourcesOf(items)) : nothing}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'eg-key-findings': EgKeyFindings;
  }
}
