import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { contentHtml } from '../../internal/content-html.js';
import type { StakeholderView, Summary } from '../../content/types.js';
import { clampHeadingLevel, DEFAULT_HEADING_LEVEL, renderHeading } from '../../internal/heading.js';
import { renderDetail, renderIntro, renderSection } from '../../internal/section.js';
import { EgElement } from '../../internal/eg-element.js';
import { base } from '../../styles/base.js';
import { stakeholderViewsStyles } from './stakeholder-views.styles.js';

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

  protected override attributeProblem() {
    return this.summaryMissing(this.view);
  }

  protected override renderSummary(summary: Summary) {
    const id = this.view?.trim();
    if (!id) return this.#renderList(summary);
    const item = summary.stakeholderViews.find((v) => v.id === id);
    if (!item) return this.itemProblem((m) => m.kindStakeholderView, 'view', id, summary, summary.stakeholderViews);
    return this.#renderView(summary, item, this.headingLevel, `${this.idPrefix}-view`, true);
  }

  #renderList(summary: Summary) {
    const msg = this.msg;
    const views = summary.stakeholderViews;
    const intro = summary.intros.stakeholderViews;
    const level = clampHeadingLevel(this.headingLevel, 1);
    return renderSection(
      'section',
      `${this.idPrefix}-heading`,
      this.headingLevel,
      msg.stakeholderViews,
      html`${intro ? renderIntro(intro, summary.meta.lang) : html`<p class="note" part="note">${msg.stakeholderViewNote}</p>`}
        ${views.length
          ? html`<ul class="views" part="list" role="list">
              ${views.map((v, i) => html`<li>${this.#renderView(summary, v, level, `${this.idPrefix}-${i}`, false)}</li>`)}
            </ul>`
          : nothing}
        ${this.provenanceLine(summary, views)}`,
    );
  }

  /**
   * One view; `single` adds the note on what it is, and its own source line. An item with no
   * holders is what studies of stakeholders found about them, and is labelled so.
   */
  #renderView(summary: Summary, view: StakeholderView, level: number, headingId: string, single: boolean): TemplateResult {
    const msg = this.msg;
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
      ${single ? html`<p class="note" part="note">${held ? msg.stakeholderViewNote : msg.stakeholderFindingNote}</p>${this.provenanceLine(summary, [view])}` : nothing}
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'eg-stakeholder-views': EgStakeholderViews;
  }
}
