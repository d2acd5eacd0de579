import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { contentHtml } from '../../internal/content-html.js';
import type { Finding, Reference, Summary, WhatWorksItem } from '../../content/types.js';
import { clampHeadingLevel, DEFAULT_HEADING_LEVEL, renderHeading } from '../../internal/heading.js';
import { isStandalone, renderProvenanceLine, renderReferenceLink } from '../../internal/provenance-line.js';
import { EgElement } from '../../internal/eg-element.js';
import { base } from '../../styles/base.js';
import { whatWorksStyles } from './what-works.styles.js';

/** The reference ids the items rest on, each once, in first-seen order. */
function sourcesOf(items: readonly { sources: readonly string[] }[]): string[] {
  return [...new Set(items.flatMap((i) => i.sources))];
}

let ids = 0;

/**
 * What the source identifies as working. Each item shows the findings it rests on,
 * each with its strength of evidence in the source's own words (or "not graded"),
 * and the related reviews it points to, as in-text citations.
 *
 * Two ways to use it:
 *
 * - From bundled content: `<eg-what-works summary="early-years-integration">`.
 * - Inline, written into the page so it reads before and without JavaScript: put the
 *   headings and text inside the element. The author's headings are kept as written.
 *
 * One provenance line follows the list. When the widget is rendered inside another
 * evidence-guidance widget, that widget shows the provenance instead.
 *
 * A bad `summary` never throws: the widget shows a message naming the value and logs
 * one console warning listing the valid ids.
 *
 * @summary What works, with the findings and evidence each item rests on.
 * @tagname eg-what-works
 *
 * @slot - Inline "what works" content (used when `summary` is not set).
 *
 * @csspart what-works - The section holding everything.
 * @csspart heading - The section heading.
 * @csspart intro - The introduction to the section.
 * @csspart item - One thing that works.
 * @csspart statement - An item's statement (a heading).
 * @csspart detail - Further detail under an item.
 * @csspart rests-on - The findings an item rests on, each with its strength of evidence.
 * @csspart related - The related reviews an item points to.
 * @csspart provenance - The source line (publisher, date, review and link).
 * @csspart problem - The message shown for a bad value or a failed load.
 *
 * @cssprop --eg-what-works-border-color - The accent border beside each item (default: --eg-color-accent).
 * @cssprop --eg-what-works-background - Each item's background (default: transparent).
 */
export class EgWhatWorks extends EgElement {
  static override styles = [base, whatWorksStyles];


  /** Level (1-6) of the section heading; items are one level below. Inline content keeps the author's headings. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = DEFAULT_HEADING_LEVEL;

  private readonly idPrefix = `eg-what-works-${++ids}`;


  protected override renderSummary(summary: Summary) {
    const msg = this.locale.msg;
    const lang = summary.meta.lang;
    const headingId = `${this.idPrefix}-heading`;
    return html`<section part="what-works" aria-labelledby=${headingId}>
      ${renderHeading(this.headingLevel, msg.whatWorks, { id: headingId })}
      ${summary.intros.whatWorks ? html`<div class="intro" part="intro" lang=${lang}>${contentHtml(summary.intros.whatWorks)}</div>` : nothing}
      <ul class="items" role="list">
        ${summary.whatWorks.map((item, i) => this.renderItem(summary, item, `${this.idPrefix}-${i}`))}
      </ul>
      ${isStandalone(this) ? renderProvenanceLine(summary, msg, sourcesOf(summary.whatWorks)) : nothing}
    </section>`;
  }

  private renderItem(summary: Summary, item: WhatWorksItem, id: string) {
    const msg = this.locale.msg;
    const lang = summary.meta.lang;
    const findings = item.restsOn
      .map((fid) => summary.findings.find((f) => f.id === fid))
      .filter((f): f is Finding => f !== undefined);
    const related = item.related
      .map((rid) => summary.references.find((r) => r.id === rid))
      .filter((r): r is Reference => r !== undefined);
    return html`<li class="item" part="item">
      ${renderHeading(clampHeadingLevel(this.headingLevel, 1), contentHtml(item.statementHtml), { part: 'statement', lang, className: 'statement' })}
      ${item.detailHtml ? html`<div class="detail" part="detail" lang=${lang}>${contentHtml(item.detailHtml)}</div>` : nothing}
      ${findings.length
        ? html`<div class="rests-on" part="rests-on">
            <p class="label" id=${`${id}-rests-on`}>${msg.restsOnFindings}:</p>
            <ul aria-labelledby=${`${id}-rests-on`}>
              ${findings.map(
                (f) => html`<li>
                  <span class="finding" lang=${lang}>${contentHtml(f.statementHtml)}</span>
                  ${f.grade
                    ? html`<eg-evidence-rating level=${f.grade.level} wording=${f.grade.wording} wording-lang=${lang}></eg-evidence-rating>`
                    : html`<eg-evidence-rating ungraded></eg-evidence-rating>`}
                </li>`,
              )}
            </ul>
          </div>`
        : nothing}
      ${related.length
        ? html`<div class="related" part="related">
            <p class="label" id=${`${id}-related`}>${msg.relatedReviews}:</p>
            <ul aria-labelledby=${`${id}-related`}>
              ${related.map(
                (ref) => html`<li>
                  ${ref.topic || ref.title ? html`<span lang=${lang}>${ref.topic || ref.title}</span>: ` : nothing}${renderReferenceLink(ref, summary, msg)}
                </li>`,
              )}
            </ul>
          </div>`
        : nothing}
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'eg-what-works': EgWhatWorks;
  }
}
