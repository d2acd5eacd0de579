import { html, type PropertyDeclarations, type TemplateResult } from 'lit';
import { contentHtml } from '../../internal/content-html.js';
import type { EvidenceGap as EvidenceGapData, Summary } from '../../content/types.js';
import { DEFAULT_HEADING_LEVEL, renderHeading } from '../../internal/heading.js';
import type { Messages } from '../../internal/locale/en.js';
import { renderDetail } from '../../internal/section.js';
import { EgElement } from '../../internal/eg-element.js';
import { provenanceFor } from '../../internal/view.js';
import { base } from '../../styles/base.js';
import { noticeStyles } from '../../styles/notice.js';
import { evidenceGapsStyles } from './evidence-gaps.styles.js';

/**
 * One gap as a notice: a decorative "?" icon, the gap as a heading with a visually
 * hidden "Evidence gap:" before it (as GOV.UK's warning text does), and its detail.
 * Shared by `<eg-evidence-gap>` and `<eg-evidence-gaps>`; `after` follows the notice
 * (the gap's own provenance line, when it is shown on its own).
 *
 * @internal
 */
export function renderEvidenceGap(
  summary: Summary,
  gap: EvidenceGapData,
  msg: Messages,
  level: number,
  headingId: string,
  after: unknown,
): TemplateResult {
  const lang = summary.meta.lang;
  const heading = html`<span class="visually-hidden">${msg.evidenceGapPrefix}: </span><span lang=${lang}>${contentHtml(gap.statementHtml)}</span>`;
  return html`<article class="gap" part="gap" aria-labelledby=${headingId}>
    <div class="notice">
      <span class="icon" part="icon" aria-hidden="true">?</span>
      <div class="body">
        ${renderHeading(level, heading, { id: headingId, part: 'statement' })}
        ${renderDetail(gap.detailHtml, lang)}
      </div>
    </div>
    ${after}
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
  static override styles = [base, noticeStyles, evidenceGapsStyles];
  static override properties: PropertyDeclarations = {
    gap: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** Id of the gap within the summary, e.g. `rigorous-studies`. */
  declare gap?: string;

  /** Level (1-6) of the gap's heading. Inline content keeps the author's headings. */
  headingLevel = DEFAULT_HEADING_LEVEL;

  static override item = 'gap';

  protected override renderSummary(summary: Summary) {
    const item = this.findItem(summary.evidenceGaps, (m) => m.kindEvidenceGap, summary);
    if (!('id' in item)) return item;
    return renderEvidenceGap(summary, item, this.msg, this.headingLevel, `${this.idPrefix}-heading`, provenanceFor(summary, this.ctx, [item]));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'eg-evidence-gap': EgEvidenceGap;
  }
}
