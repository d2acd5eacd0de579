import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { contentHtml } from '../../internal/content-html.js';
import type { Finding as FindingData, Summary } from '../../content/types.js';
import { DEFAULT_HEADING_LEVEL, renderHeading } from '../../internal/heading.js';
import { renderProvenanceLine } from '../../internal/provenance-line.js';
import { EgElement } from '../../internal/eg-element.js';
import { base } from '../../styles/base.js';
import { findingStyles } from './finding.styles.js';

let ids = 0;

/**
 * One research finding: its statement as a heading, the strength of evidence in
 * the source's words, the detail, and the source it comes from.
 *
 * Two ways to use it:
 *
 * - From bundled content: `<eg-finding summary="early-years-integration" finding="quality-not-type">`.
 * - Inline, written into the page so it reads before and without JavaScript: put the
 *   heading, text and an `<eg-evidence-rating level="..." wording="...">source words</eg-evidence-rating>`
 *   inside the element. The author's headings are kept exactly as written.
 *
 * A bad `summary` or `finding` never throws: the widget shows a message naming the
 * value and logs one console warning listing the valid ids.
 *
 * @summary One research finding with its strength of evidence and source.
 * @tagname eg-finding
 *
 * @slot - Inline finding content (used when `summary` and `finding` are not set).
 *
 * @csspart finding - The finding's container.
 * @csspart statement - The finding's heading.
 * @csspart detail - Further detail under the statement.
 * @csspart provenance - The source line (publisher, date, review and link).
 * @csspart problem - The message shown for a bad id or a failed load.
 *
 * @cssprop --eg-finding-border-color - The accent border beside the finding (default: --eg-color-accent).
 * @cssprop --eg-finding-background - The finding's background (default: transparent).
 */
export class EgFinding extends EgElement {
  static override styles = [base, findingStyles];

  /** Id of the finding within the summary, e.g. `quality-not-type`. */
  @property({ reflect: true }) finding?: string;

  /** Level (1-6) of the finding's heading. Inline content keeps the author's headings. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = DEFAULT_HEADING_LEVEL;

  private readonly headingId = `eg-finding-${++ids}`;

  protected override attributeProblem() {
    return this.finding && !this.summary
      ? this.problem(this.msg.missingAttribute('eg-finding', 'summary'), 'the summary attribute is missing.')
      : undefined;
  }

  protected override renderSummary(summary: Summary) {
    const id = this.finding?.trim() ?? '';
    const item = summary.findings.find((f) => f.id === id);
    if (!item) return this.itemProblem(this.msg.kind.finding, 'finding', id, summary, summary.findings.map((f) => f.id));
    return this.renderFinding(summary, item);
  }

  private renderFinding(summary: Summary, item: FindingData) {
    const lang = summary.meta.lang;
    return html`<article part="finding" aria-labelledby=${this.headingId}>
      ${renderHeading(this.headingLevel, contentHtml(item.statementHtml), { id: this.headingId, part: 'statement', lang })}
      ${item.grade
        ? html`<eg-evidence-rating level=${item.grade.level} wording=${item.grade.wording} wording-lang=${lang}></eg-evidence-rating>`
        : html`<eg-evidence-rating ungraded></eg-evidence-rating>`}
      ${item.detailHtml ? html`<div class="detail" part="detail" lang=${lang}>${contentHtml(item.detailHtml)}</div>` : nothing}
      ${this.standalone ? renderProvenanceLine(summary, this.locale.msg, item.sources) : nothing}
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'eg-finding': EgFinding;
  }
}
