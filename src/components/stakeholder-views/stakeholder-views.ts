import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { contentHtml } from '../../internal/content-html.js';
import type { StakeholderView, Summary } from '../../content/types.js';
import { clampHeadingLevel, DEFAULT_HEADING_LEVEL, renderHeading } from '../../internal/heading.js';
import { renderDetail, renderIntro, renderSection } from '../../internal/section.js';
import { EgElement } from '../../internal/eg-element.js';
import { base } from '../../styles/base.js';
import { stakeholderViewsStyles } from './stakeholder-views.styles.js';
import { provenanceFor, type View } from '../../internal/view.js';

/**
 * What studies of stakeholders' views found, kept visibly apart from the findings about
 * outcomes: each item sits in a speech-style panel and never carries an evidence rating.
 * A view stakeholders hold is labelled "Stakeholder view" and says who holds it in the
 * source's words ("Held by: many stakeholders"); an item with no holders is what the
 * studies found about stakeholders (their understanding, say), labelled "Studies of
 * stakeholders found".
 *
 * Three ways to use it:
 *
 * - Every view in a summary: `<eg-stakeholder-views summary="early-years-integration">`
 *   (a section with its heading, the summary's introduction, the views and one source line).
 * - One view: `<eg-stakeholder-views summary="early-years-integration" view="staffing-levels">`
 *   (`heading-level` then sets the view's own heading, and the view has its own source line).
 * - Inline, written into the page so it reads before and without JavaScript: put your
 *   own content inside. The author's headings are kept as written.
 *
 * When the widget is rendered inside another evidence-guidance widget, that widget
 * shows the provenance instead.
 *
 * A bad `summary` or `view` never throws: the widget shows a message naming the value
 * and logs one console warning listing the valid ids.
 *
 * @summary Views held by stakeholders, kept apart from research findings.
 * @tagname eg-stakeholder-views
 *
 * @slot - Inline content (used when `summary` is not set).
 *
 * @csspart section - The section that holds every view (list mode).
 * @csspart heading - The section heading ("Stakeholder views").
 * @csspart intro - The summary's introduction to the views.
 * @csspart list - The list of views.
 * @csspart view - One view's speech-style panel.
 * @csspart label - The "Stakeholder view" label in a view's heading.
 * @csspart statement - The view's heading.
 * @csspart holders - Who holds the view, in the source's words.
 * @csspart detail - Further detail under the view.
 * @csspart note - The note, on a single view, that a view is not a research finding.
 * @csspart provenance - The source line (publisher, date and link).
 * @csspart problem - The message shown for a bad id or a failed load.
 *
 * @cssprop --eg-stakeholder-views-background - The background of each view's panel (default: --eg-color-surface).
 * @cssprop --eg-stakeholder-views-border-color - The border of each view's panel (default: --eg-color-border).
 */
export class EgStakeholderViews extends EgElement {
  static override styles = [base, stakeholderViewsStyles];
  static override properties: PropertyDeclarations = {
    view: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** Id of one view to show on its own, e.g. `staffing-levels`. Without it, every view is shown. */
  declare view?: string;

  /** Level (1-6) of the top heading: the section's, or the single view's. Views in the list are one level below. */
  headingLevel = DEFAULT_HEADING_LEVEL;

  static override item = 'view';

  protected override renderSummary(summary: Summary) {
    if (!this.view?.trim()) return stakeholderViewsView(summary, this.ctx, this.headingLevel);
    const item = this.findItem(summary.stakeholderViews, (m) => m.kindStakeholderView, summary);
    if (!('id' in item)) return item;
    return stakeholderViewView(summary, item, this.ctx, this.headingLevel, `${this.idPrefix}-view`, true);
  }
}

/** The stakeholder views' markup: the section, its intro (or the library's note) and every view. */
export function stakeholderViewsView(summary: Summary, v: View, headingLevel: number): TemplateResult {
  const msg = v.msg;
  const views = summary.stakeholderViews;
  const intro = summary.intros.stakeholderViews;
  const level = clampHeadingLevel(headingLevel, 1);
  return renderSection(
    'section',
    `${v.id}-heading`,
    headingLevel,
    msg.stakeholderViews,
    html`${intro ? renderIntro(intro, summary.meta.lang) : html`<p class="note" part="note">${msg.stakeholderViewNote}</p>`}
      ${views.length
        ? html`<ul class="views" part="list" role="list">
            ${views.map((item, i) => html`<li>${stakeholderViewView(summary, item, v, level, `${v.id}-${i}`, false)}</li>`)}
          </ul>`
        : nothing}
      ${provenanceFor(summary, v, views)}`,
  );
}

/** One view's markup; `single` when it is shown on its own (with its note and provenance line). */
export function stakeholderViewView(summary: Summary, view: StakeholderView, v: View, level: number, headingId: string, single: boolean): TemplateResult {
  const msg = v.msg;
  const lang = summary.meta.lang;
  const held = !!view.holders;
  const heading = html`<span class="label" part="label">${held ? msg.stakeholderView : msg.stakeholderFinding}<span class="visually-hidden">: </span></span>
    <span class="statement-text" lang=${lang}>${contentHtml(view.statementHtml)}</span>`;
  return html`<article class="view" part="view" aria-labelledby=${headingId}>
    <div class="panel">
      ${renderHeading(level, heading, { id: headingId, part: 'statement' })}
      ${renderDetail(view.detailHtml, lang)}
    </div>
    ${held ? html`<p class="holders" part="holders">${msg.heldBy}: <span lang=${lang}>${view.holders}</span></p>` : nothing}
    ${single ? html`<p class="note" part="note">${held ? msg.stakeholderViewNote : msg.stakeholderFindingNote}</p>${provenanceFor(summary, v, [view])}` : nothing}
  </article>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'eg-stakeholder-views': EgStakeholderViews;
  }
}
