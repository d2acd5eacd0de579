import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { provenanceFor, type View } from '../../internal/view.js';
import type { Summary } from '../../content/types.js';
import { clampHeadingLevel, DEFAULT_HEADING_LEVEL } from '../../internal/heading.js';
import { renderIntro, renderSection } from '../../internal/section.js';
import { EgElement } from '../../internal/eg-element.js';
import { base } from '../../styles/base.js';
import { noticeStyles } from '../../styles/notice.js';
import { renderEvidenceGap } from './evidence-gap.js';
import { evidenceGapsStyles } from './evidence-gaps.styles.js';

/**
 * Every gap in the evidence base that a summary identifies: a section heading
 * ("Gaps in the evidence"), the summary's introduction, the gaps as a list (each in
 * the same notice style as `<eg-evidence-gap>`, with a visually hidden "Evidence gap:"
 * before it) and one source line.
 *
 * Two ways to use it:
 *
 * - From bundled content: `<eg-evidence-gaps summary="early-years-integration">`.
 * - Inline, written into the page so it reads before and without JavaScript: put your
 *   own heading and list inside. The author's headings are kept as written.
 *
 * When the list is rendered inside another evidence-guidance widget, that widget
 * shows the provenance instead.
 *
 * A bad `summary` never throws: the widget shows a message naming the value and
 * logs one console warning listing the valid ids.
 *
 * @summary Every gap in the evidence base, as a list.
 * @tagname eg-evidence-gaps
 *
 * @slot - Inline content (used when `summary` is not set).
 *
 * @csspart section - The section that holds the heading and the list.
 * @csspart heading - The section heading ("Gaps in the evidence").
 * @csspart intro - The summary's introduction to its gaps.
 * @csspart list - The list of gaps.
 * @csspart gap - One gap's container.
 * @csspart icon - A gap's decorative "?" icon (hidden from assistive technology).
 * @csspart statement - A gap's heading.
 * @csspart detail - Further detail under a gap.
 * @csspart provenance - The source line (publisher, date and link).
 * @csspart problem - The message shown for a bad id or a failed load.
 *
 * @cssprop --eg-evidence-gap-border-color - Each gap's dashed outline and icon (default: --eg-color-border).
 * @cssprop --eg-evidence-gap-background - Each gap's background (default: transparent).
 */
export class EgEvidenceGaps extends EgElement {
  static override styles = [base, noticeStyles, evidenceGapsStyles];
  static override properties: PropertyDeclarations = {
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** Level (1-6) of the section heading; each gap's heading is one level below. */
  headingLevel = DEFAULT_HEADING_LEVEL;

  protected override renderSummary(summary: Summary) {
    return evidenceGapsView(summary, this.ctx, this.headingLevel);
  }
}

/** The gaps' markup: the section, its intro and every gap. */
export function evidenceGapsView(summary: Summary, v: View, headingLevel: number): TemplateResult {
  const gaps = summary.evidenceGaps;
  const level = clampHeadingLevel(headingLevel, 1);
  return renderSection(
    'section',
    `${v.id}-heading`,
    headingLevel,
    v.msg.evidenceGaps,
    html`${renderIntro(summary.intros.evidenceGaps, summary.meta.lang)}
      ${gaps.length
        ? html`<ul class="gaps" part="list" role="list">
            ${gaps.map((g, i) => html`<li>${renderEvidenceGap(summary, g, v.msg, level, `${v.id}-${i}`, nothing)}</li>`)}
          </ul>`
        : nothing}
      ${provenanceFor(summary, v, gaps)}`,
  );
}

declare global {
  interface HTMLElementTagNameMap {
    'eg-evidence-gaps': EgEvidenceGaps;
  }
}
