import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { SummaryNotFoundError } from '../../content/registry.js';
import type { Summary } from '../../content/types.js';
import { clampHeadingLevel, DEFAULT_HEADING_LEVEL, renderHeading } from '../../internal/heading.js';
import { LocaleController } from '../../internal/locale.js';
import { ThemeController } from '../../internal/theme.js';
import { renderProblem, warnOnce } from '../../internal/problem.js';
import { renderProvenanceLine, isStandalone } from '../../internal/provenance-line.js';
import { SummaryController } from '../../internal/summary-controller.js';
import { base } from '../../styles/base.js';
import { renderEvidenceGap } from './evidence-gap.js';
import { evidenceGapsStyles } from './evidence-gaps.styles.js';

let ids = 0;

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
 * Set `theme` (or `data-eg-theme` on an ancestor) to apply a theme without linking its stylesheet.
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
export class EgEvidenceGaps extends LitElement {
  static override styles = [base, evidenceGapsStyles];

  /** Id of the summary to take the gaps from, e.g. `early-years-integration`. */
  @property({ reflect: true }) summary?: string;

  /** Level (1-6) of the section heading; each gap's heading is one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = DEFAULT_HEADING_LEVEL;

  private readonly locale = new LocaleController(this);
  protected readonly themeController = new ThemeController(this);
  private readonly content = new SummaryController(this, () => this.summary);
  private readonly idPrefix = `eg-evidence-gaps-${++ids}`;

  /**
   * True unless the list is rendered by another evidence-guidance widget, which
   * then shows the provenance itself.
   */
  get standalone(): boolean {
    return isStandalone(this);
  }

  override render() {
    const msg = this.locale.msg;
    const { status } = this.content;
    if (status === 'idle') return html`<slot></slot>`;
    if (status === 'loading') return html`<p class="loading" role="status">${msg.loading}</p>`;
    if (status === 'error') {
      const err = this.content.error;
      if (err instanceof SummaryNotFoundError) {
        warnOnce(this, `<eg-evidence-gaps>: ${err.message}`);
        return renderProblem(msg, msg.summaryNotFound(err.summaryId));
      }
      warnOnce(this, `<eg-evidence-gaps>: ${String(err)}`);
      return renderProblem(msg, msg.loadFailed, () => this.content.retry());
    }
    return this.renderGaps(this.content.summary!);
  }

  private renderGaps(summary: Summary) {
    const msg = this.locale.msg;
    const headingId = `${this.idPrefix}-heading`;
    const gaps = summary.evidenceGaps;
    const intro = summary.intros.evidenceGaps;
    const level = clampHeadingLevel(this.headingLevel, 1);
    return html`<section part="section" aria-labelledby=${headingId}>
      ${renderHeading(this.headingLevel, msg.evidenceGaps, { id: headingId })}
      ${intro ? html`<div class="intro" part="intro" lang=${summary.meta.lang}>${unsafeHTML(intro)}</div>` : nothing}
      ${gaps.length
        ? html`<ul class="gaps" part="list">
            ${gaps.map(
              (g, i) => html`<li>${renderEvidenceGap(summary, g, msg, { level, headingId: `${this.idPrefix}-${i}`, provenance: false })}</li>`,
            )}
          </ul>`
        : nothing}
      ${this.standalone ? renderProvenanceLine(summary, msg, [...new Set(gaps.flatMap((g) => g.sources))]) : nothing}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'eg-evidence-gaps': EgEvidenceGaps;
  }
}
