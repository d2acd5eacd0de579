import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { contentHtml } from '../../internal/content-html.js';
import type { Summary, WhatWorksItem } from '../../content/types.js';
import { clampHeadingLevel, DEFAULT_HEADING_LEVEL, renderHeading } from '../../internal/heading.js';
import { renderReferenceLink } from '../../internal/provenance-line.js';
import { renderDetail, renderIntro, renderLabelledList, renderSection } from '../../internal/section.js';
import { EgElement } from '../../internal/eg-element.js';
import { base } from '../../styles/base.js';
import { renderGrade, renderScaleNote } from '../evidence-rating/evidence-rating.js';
import { whatWorksStyles } from './what-works.styles.js';
import { ratingViewStyles } from '../evidence-rating/evidence-rating.styles.js';
import { provenanceFor, type View } from '../../internal/view.js';

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
  static override styles = [base, ratingViewStyles, whatWorksStyles];
  static override properties: PropertyDeclarations = {
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** Level (1-6) of the section heading; items are one level below. Inline content keeps the author's headings. */
  headingLevel = DEFAULT_HEADING_LEVEL;

  protected override renderSummary(summary: Summary) {
    return whatWorksView(summary, this.ctx, this.headingLevel);
  }
}

/** The "what works" markup: each item with the findings it rests on (and their grades) and related reviews. */
export function whatWorksView(summary: Summary, v: View, level: number): TemplateResult {
  const msg = v.msg;
  const lang = summary.meta.lang;
  const item = (entry: WhatWorksItem, id: string) => {
    // Each id as the item gives them, in its order (flatMap drops an id that names nothing).
    const findings = entry.restsOn.flatMap((fid) => summary.findings.filter((f) => f.id === fid));
    const related = entry.related.flatMap((rid) => summary.references.filter((r) => r.id === rid));
    return html`<li class="item bar" part="item">
      ${renderHeading(clampHeadingLevel(level, 1), contentHtml(entry.statementHtml), { part: 'statement', lang, className: 'statement' })}
      ${renderDetail(entry.detailHtml, lang)}
      ${renderLabelledList(
        'rests-on',
        `${id}-rests-on`,
        msg.restsOnFindings,
        findings.map(
          (f) => html`<li>
            <span class="finding" lang=${lang}>${contentHtml(f.statementHtml)}</span>
            ${renderGrade(f, lang, msg)}
          </li>`,
        ),
      )}
      ${renderLabelledList(
        'related',
        `${id}-related`,
        msg.relatedReviews,
        // The space after a colon stays inside its template: a template's trailing space is minified away.
        related.map(
          (ref) => html`<li>
            ${ref.topic || ref.title
              ? html`<span lang=${lang}>${ref.topic || ref.title}</span>: ${renderReferenceLink(ref, summary, msg)}`
              : renderReferenceLink(ref, summary, msg)}
          </li>`,
        ),
      )}
    </li>`;
  };
  return renderSection(
    'what-works',
    `${v.id}-heading`,
    level,
    msg.whatWorks,
    html`${renderIntro(summary.intros.whatWorks, lang)}
      ${v.standalone ? renderScaleNote(msg) : nothing}
      <ul class="items" role="list">
        ${summary.whatWorks.map((entry, i) => item(entry, `${v.id}-${i}`))}
      </ul>
      ${provenanceFor(summary, v, summary.whatWorks)}`,
  );
}

declare global {
  interface HTMLElementTagNameMap {
    'eg-what-works': EgWhatWorks;
  }
}
