import { html, nothing, type PropertyDeclarations } from 'lit';
import { EVIDENCE_LEVELS, isEvidenceLevel, levelRank, type EvidenceLevel } from '../../content/levels.js';
import type { Finding as FindingData, Summary } from '../../content/types.js';
import { clampHeadingLevel, DEFAULT_HEADING_LEVEL } from '../../internal/heading.js';
import { renderIntro, renderSection } from '../../internal/section.js';
import { EgElement } from '../../internal/eg-element.js';
import { base } from '../../styles/base.js';
import { keyFindingsStyles } from './key-findings.styles.js';

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
  static override properties: PropertyDeclarations = {
    minLevel: { reflect: true, attribute: 'min-level' },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /**
   * Show only findings at this evidence level or stronger: `strong`, `moderate`,
   * `emerging`, `indirect` or `none`. Ungraded statements are then left out.
   */
  declare minLevel?: string;

  /** Level (1-6) of the section heading; each finding's heading is one level below. */
  headingLevel = DEFAULT_HEADING_LEVEL;

  protected override attributeProblem() {
    const minLevel = this.minLevel?.trim();
    if ((!this.summary && !this.src) || !minLevel || isEvidenceLevel(minLevel)) return undefined;
    return this.problem((m) => m.invalidLevel(minLevel), EVIDENCE_LEVELS);
  }

  protected override renderSummary(summary: Summary) {
    const msg = this.msg;
    const minLevel = (this.minLevel?.trim() || undefined) as EvidenceLevel | undefined;
    const items = orderFindings(summary.findings, minLevel);
    const itemLevel = clampHeadingLevel(this.headingLevel, 1);
    return renderSection(
      'section',
      `${this.idPrefix}-heading`,
      this.headingLevel,
      msg.keyFindings,
      html`${renderIntro(summary.intros.findings, summary.meta.lang)}
        ${minLevel ? html`<p class="note bar" part="note">${msg.minLevelNote(msg.levelName[minLevel])}</p>` : nothing}
        ${items.length
          ? html`<ul class="findings" part="list" role="list">
              ${items.map(
                (f) => html`<li>
                  <eg-finding summary=${summary.meta.id} finding=${f.id} heading-level=${itemLevel}></eg-finding>
                </li>`,
              )}
            </ul>`
          : minLevel
            ? html`<p class="empty">${msg.noFindingsAtLevel(msg.levelName[minLevel])}</p>`
            : nothing}
        ${this.provenanceLine(summary, items)}`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'eg-key-findings': EgKeyFindings;
  }
}
