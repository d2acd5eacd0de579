import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { contentHtml } from '../../internal/content-html.js';
import type { Finding, Summary } from '../../content/types.js';
import { provenanceFor, type View } from '../../internal/view.js';
import { DEFAULT_HEADING_LEVEL, renderHeading } from '../../internal/heading.js';
import { renderDetail, renderLabelledList } from '../../internal/section.js';
import { EgElement } from '../../internal/eg-element.js';
import { base } from '../../styles/base.js';
import { renderGrade, renderScaleNote } from '../evidence-rating/evidence-rating.js';
import { findingStyles } from './finding.styles.js';
import { ratingViewStyles } from '../evidence-rating/evidence-rating.styles.js';

/**
 * One research finding: its statement as a heading, the strength of evidence in
 * the source's words, the detail, the claims it must be read with, and the source it
 * comes from.
 *
 * A finding never travels alone: the claims its content ties it to (`related:`), such as the
 * "only indirect" reading of a strong finding, are shown under it with their own strength
 * of evidence, wherever it is shown, on its own or in a list. Shown on its own, it also says
 * how old the summary is and that the level is this library's reading.
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
 * @csspart related - The claims the finding must be read with, each with its strength of evidence.
 * @csspart scale-note - The line saying the level is this library's reading (when shown on its own).
 * @csspart provenance - The source line (publisher, date, review and link).
 * @csspart problem - The message shown for a bad id or a failed load.
 *
 * @cssprop --eg-finding-border-color - The accent border beside the finding (default: --eg-color-accent).
 * @cssprop --eg-finding-background - The finding's background (default: transparent).
 */
export class EgFinding extends EgElement {
  static override styles = [base, ratingViewStyles, findingStyles];
  static override properties: PropertyDeclarations = {
    finding: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** Id of the finding within the summary, e.g. `quality-not-type`. */
  declare finding?: string;

  /** Level (1-6) of the finding's heading. Inline content keeps the author's headings. */
  headingLevel = DEFAULT_HEADING_LEVEL;

  static override item = 'finding';

  protected override renderSummary(summary: Summary) {
    const item = this.findItem(summary.findings, (m) => m.kind.finding, summary);
    return 'id' in item ? findingView(summary, item, this.ctx, this.headingLevel) : item;
  }
}

/**
 * A finding's markup: its statement as a heading at `level` (id `<view id>-heading`), its
 * grade, its detail and the claims it must be read with; shown on its own, the scale note
 * and its provenance line too.
 */
export function findingView(summary: Summary, item: Finding, v: View, level: number): TemplateResult {
  const lang = summary.meta.lang;
  const msg = v.msg;
  const headingId = `${v.id}-heading`;
  const related = item.related.flatMap((rid) => summary.findings.filter((f) => f.id === rid));
  return html`<article class="finding bar" part="finding" aria-labelledby=${headingId}>
    ${renderHeading(level, contentHtml(item.statementHtml), { id: headingId, part: 'statement', lang })}
    ${renderGrade(item, lang, msg)}
    ${v.standalone && item.grade ? renderScaleNote(msg) : nothing}
    ${renderDetail(item.detailHtml, lang)}
    ${renderLabelledList(
      'related',
      `${v.id}-related`,
      msg.readWith,
      related.map(
        (f) => html`<li>
          <span class="related-statement" lang=${lang}>${contentHtml(f.statementHtml)}</span>
          ${renderGrade(f, lang, msg)}
        </li>`,
      ),
    )}
    ${provenanceFor(summary, v, [item])}
  </article>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'eg-finding': EgFinding;
  }
}
