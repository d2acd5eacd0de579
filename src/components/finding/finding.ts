import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { SummaryNotFoundError } from '../../content/registry.js';
import type { Finding as FindingData, Summary } from '../../content/types.js';
import { DEFAULT_HEADING_LEVEL, renderHeading } from '../../internal/heading.js';
import { LocaleController } from '../../internal/locale.js';
import { ThemeController } from '../../internal/theme.js';
import { renderProblem, warnOnce } from '../../internal/problem.js';
import { renderProvenanceLine, isStandalone } from '../../internal/provenance-line.js';
import { SummaryController } from '../../internal/summary-controller.js';
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
 * Set `theme` (or `data-eg-theme` on an ancestor) to apply a theme without linking its stylesheet.
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
export class EgFinding extends LitElement {
  static override styles = [base, findingStyles];

  /** Id of the summary to take the finding from, e.g. `early-years-integration`. */
  @property({ reflect: true }) summary?: string;

  /** Id of the finding within the summary, e.g. `quality-not-type`. */
  @property({ reflect: true }) finding?: string;

  /** Level (1-6) of the finding's heading. Inline content keeps the author's headings. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = DEFAULT_HEADING_LEVEL;

  private readonly locale = new LocaleController(this);
  protected readonly themeController = new ThemeController(this);
  private readonly content = new SummaryController(this, () => this.summary);
  private readonly headingId = `eg-finding-${++ids}`;

  override render() {
    const msg = this.locale.msg;
    const { status } = this.content;
    if (status === 'idle') {
      if (this.finding) return this.problem(msg.missingAttribute('eg-finding', 'summary'), '<eg-finding>: the summary attribute is missing.');
      return html`<slot></slot>`;
    }
    if (status === 'loading') return html`<p class="loading" role="status">${msg.loading}</p>`;
    if (status === 'error') {
      const err = this.content.error;
      if (err instanceof SummaryNotFoundError) {
        return this.problem(msg.summaryNotFound(err.summaryId), `<eg-finding>: ${err.message}`);
      }
      warnOnce(this, `<eg-finding>: ${String(err)}`);
      return renderProblem(msg, msg.loadFailed, () => this.content.retry());
    }
    const summary = this.content.summary!;
    const id = this.finding?.trim() ?? '';
    const item = summary.findings.find((f) => f.id === id);
    if (!item) {
      const valid = summary.findings.map((f) => f.id).join(', ');
      if (!id) return this.problem(msg.missingAttribute('eg-finding', 'finding'), `<eg-finding>: the finding attribute is missing. Valid finding ids: ${valid}.`);
      return this.problem(
        msg.itemNotFound(msg.kind.finding, id, summary.meta.id),
        `<eg-finding>: there is no finding "${id}" in "${summary.meta.id}". Valid finding ids: ${valid}.`,
      );
    }
    return this.renderFinding(summary, item);
  }

  /**
   * True unless the finding is rendered by another evidence-guidance widget (such as
   * `<eg-key-findings>`), which then shows the provenance once for all its items.
   */
  get standalone(): boolean {
    return isStandalone(this);
  }

  private problem(detail: string, warning: string) {
    warnOnce(this, warning);
    return renderProblem(this.locale.msg, detail);
  }

  private renderFinding(summary: Summary, item: FindingData) {
    const lang = summary.meta.lang;
    return html`<article part="finding" aria-labelledby=${this.headingId}>
      ${renderHeading(this.headingLevel, unsafeHTML(item.statementHtml), { id: this.headingId, part: 'statement', lang })}
      ${item.grade
        ? html`<eg-evidence-rating level=${item.grade.level} wording=${item.grade.wording} wording-lang=${lang}></eg-evidence-rating>`
        : html`<eg-evidence-rating ungraded></eg-evidence-rating>`}
      ${item.detailHtml ? html`<div class="detail" part="detail" lang=${lang}>${unsafeHTML(item.detailHtml)}</div>` : nothing}
      ${this.standalone ? renderProvenanceLine(summary, this.locale.msg, item.sources) : nothing}
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'eg-finding': EgFinding;
  }
}
