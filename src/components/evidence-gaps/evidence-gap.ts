import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { contentHtml } from '../../internal/content-html.js';
import type { EvidenceGap as EvidenceGapData, Summary } from '../../content/types.js';
import { DEFAULT_HEADING_LEVEL, renderHeading } from '../../internal/heading.js';
import type { Messages } from '../../internal/locale/en.js';
import { renderProvenanceLine } from '../../internal/provenance-line.js';
import { EgElement } from '../../internal/eg-element.js';
import { base } from '../../styles/base.js';
import { evidenceGapsStyles } from './evidence-gaps.styles.js';

let ids = 0;

/**
 * One gap as a notice: a decorative "?" icon, the gap as a heading with a visually
 * hidden "Evidence gap:" before it (as GOV.UK's warning text does), and its detail.
 * Shared by `<eg-evidence-gap>` and `<eg-evidence-gaps>`.
 *
 * @internal
 */
export function renderEvidenceGap(
  summary: Summary,
  gap: EvidenceGapData,
  msg: Messages,
  options: { level: number; headingId: string; provenance: boolean },
): TemplateResult {
  const lang = summary.meta.lang;
  const heading = html`<span class="visually-hidden">${msg.evidenceGapPrefix}: </span><span lang=${lang}>${contentHtml(gap.statementHtml)}</span>`;
  return html`<article class="gap" part="gap" aria-labelledby=${options.headingId}>
    <div class="notice">
      <span class="icon" part="icon" aria-hidden="true">?</span>
      <div class="body">
        ${renderHeading(options.level, heading, { id: options.headingId, part: 'statement' })}
        ${gap.detailHtml ? html`<div class="detail" part="detail" lang=${lang}>${contentHtml(gap.detailHtml)}</div>` : nothing}
      </div>
    </div>
    ${options.provenance ? renderProvenanceLine(summary, msg, gap.sources) : nothing}
  </article>`;
}

/**
 * One gap in the evidence base, as the summary identifies it, in a notice style of
 * its own (a dashed outline and a "?" icon) so it never reads as a finding.
 * Screen readers hear "Evidence gap:" before the gap.
 *
 * Two ways to use it:
 *
 * - From bundled content: `<eg-evidence-gap summary="early-years-integration" gap="rigorous-studies">`.
 * - Inline, written into the page so it reads before and without JavaScript: put your
 *   own heading and text inside. The author's headings are kept as written.
 *
 * When the gap is rendered inside another evidence-guidance widget, that widget
 * shows the provenance instead.
 *
 * A bad `summary` or `gap` never throws: the widget shows a message naming the value
 * and logs one console warning listing the valid ids.
 *
 * @summary One gap in the evidence base.
 * @tagname eg-evidence-gap
 *
 * @slot - Inline content (used when `summary` and `gap` are not set).
 *
 * @csspart gap - The gap's container.
 * @csspart icon - The decorative "?" icon (hidden from assistive technology).
 * @csspart statement - The gap's heading.
 * @csspart detail - Further detail under the gap.
 * @csspart provenance - The source line (publisher, date and link).
 * @csspart problem - The message shown for a bad id or a failed load.
 *
 * @cssprop --eg-evidence-gap-border-color - The gap's dashed outline and icon (default: --eg-color-border).
 * @cssprop --eg-evidence-gap-background - The gap's background (default: transparent).
 */
export class EgEvidenceGap extends EgElement {
  static override styles = [base, evidenceGapsStyles];


  /** Id of the gap within the summary, e.g. `rigorous-studies`. */
  @property({ reflect: true }) gap?: string;

  /** Level (1-6) of the gap's heading. Inline content keeps the author's headings. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = DEFAULT_HEADING_LEVEL;

  private readonly headingId = `eg-evidence-gap-${++ids}`;


  protected override attributeProblem() {
    return this.gap?.trim() && !this.summary
      ? this.problem(this.msg.missingAttribute('eg-evidence-gap', 'summary'), 'the summary attribute is missing.')
      : undefined;
  }

  protected override renderSummary(summary: Summary) {
    const msg = this.msg;
    const id = this.gap?.trim() ?? '';
    const item = summary.evidenceGaps.find((g) => g.id === id);
    if (!item) {
      const valid = summary.evidenceGaps.map((g) => g.id).join(', ');
      if (!id) return this.problem(msg.missingAttribute('eg-evidence-gap', 'gap'), `the gap attribute is missing. Valid gap ids: ${valid}.`);
      return this.problem(
        msg.itemNotFound(msg.kindEvidenceGap, id, summary.meta.id),
        `there is no evidence gap "${id}" in "${summary.meta.id}". Valid gap ids: ${valid}.`,
      );
    }
    return renderEvidenceGap(summary, item, msg, { level: this.headingLevel, headingId: this.headingId, provenance: this.standalone });
  }

}

declare global {
  interface HTMLElementTagNameMap {
    'eg-evidence-gap': EgEvidenceGap;
  }
}
