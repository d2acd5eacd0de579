import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { contentHtml } from '../../internal/content-html.js';
import type { StakeholderView, Summary } from '../../content/types.js';
import { clampHeadingLevel, DEFAULT_HEADING_LEVEL, renderHeading } from '../../internal/heading.js';
import { renderProvenanceLine } from '../../internal/provenance-line.js';
import { EgElement } from '../../internal/eg-element.js';
import { base } from '../../styles/base.js';
import { stakeholderViewsStyles } from './stakeholder-views.styles.js';

let ids = 0;

/**
 * Views that stakeholders hold, as the studies report them, kept visibly apart from
 * research findings: each sits in a speech-style panel labelled "Stakeholder view",
 * says who holds it in the source's words ("Held by: many stakeholders"), and never
 * carries an evidence rating, because a view is not a graded finding.
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


  /** Id of one view to show on its own, e.g. `staffing-levels`. Without it, every view is shown. */
  @property({ reflect: true }) view?: string;

  /** Level (1-6) of the top heading: the section's, or the single view's. Views in the list are one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = DEFAULT_HEADING_LEVEL;

  private readonly idPrefix = `eg-stakeholder-views-${++ids}`;


  protected override attributeProblem() {
    return this.view?.trim() && !this.summary
      ? this.problem(this.msg.missingAttribute('eg-stakeholder-views', 'summary'), 'the summary attribute is missing.')
      : undefined;
  }

  protected override renderSummary(summary: Summary) {
    const msg = this.msg;
    const id = this.view?.trim();
    if (!id) return this.renderList(summary);
    const item = summary.stakeholderViews.find((v) => v.id === id);
    if (!item) {
      const valid = summary.stakeholderViews.map((v) => v.id).join(', ');
      return this.problem(
        msg.itemNotFound(msg.kindStakeholderView, id, summary.meta.id),
        `there is no stakeholder view "${id}" in "${summary.meta.id}". Valid view ids: ${valid}.`,
      );
    }
    return this.renderView(summary, item, this.headingLevel, `${this.idPrefix}-view`, true);
  }


  private renderList(summary: Summary) {
    const msg = this.locale.msg;
    const headingId = `${this.idPrefix}-heading`;
    const views = summary.stakeholderViews;
    const intro = summary.intros.stakeholderViews;
    return html`<section part="section" aria-labelledby=${headingId}>
      ${renderHeading(this.headingLevel, msg.stakeholderViews, { id: headingId })}
      ${intro
        ? html`<div class="intro" part="intro" lang=${summary.meta.lang}>${contentHtml(intro)}</div>`
        : html`<p class="note" part="note">${msg.stakeholderViewNote}</p>`}
      ${views.length
        ? html`<ul class="views" part="list">
            ${views.map(
              (v, i) => html`<li>${this.renderView(summary, v, clampHeadingLevel(this.headingLevel, 1), `${this.idPrefix}-${i}`, false)}</li>`,
            )}
          </ul>`
        : nothing}
      ${this.standalone ? renderProvenanceLine(summary, msg, [...new Set(views.flatMap((v) => v.sources))]) : nothing}
    </section>`;
  }

  /** One view; `single` adds the note that it is not a finding, and its own source line. */
  private renderView(summary: Summary, view: StakeholderView, level: number, headingId: string, single: boolean): TemplateResult {
    const msg = this.locale.msg;
    const lang = summary.meta.lang;
    const heading = html`<span class="label" part="label">${msg.stakeholderView}<span class="visually-hidden">: </span></span>
      <span class="statement-text" lang=${lang}>${contentHtml(view.statementHtml)}</span>`;
    return html`<article class="view" part="view" aria-labelledby=${headingId}>
      <div class="panel">
        ${renderHeading(level, heading, { id: headingId, part: 'statement' })}
        ${view.detailHtml ? html`<div class="detail" part="detail" lang=${lang}>${contentHtml(view.detailHtml)}</div>` : nothing}
      </div>
      <p class="holders" part="holders">${msg.heldBy}: <span lang=${lang}>${view.holders}</span></p>
      ${single ? html`<p class="note" part="note">${msg.stakeholderViewNote}</p>` : nothing}
      ${single && this.standalone ? renderProvenanceLine(summary, msg, view.sources) : nothing}
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'eg-stakeholder-views': EgStakeholderViews;
  }
}
