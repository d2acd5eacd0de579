import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { SummaryNotFoundError } from '../../content/registry.js';
import type { EvidenceGap as EvidenceGapData, Summary } from '../../content/types.js';
import { DEFAULT_HEADING_LEVEL, renderHeading } from '../../internal/heading.js';
import { LocaleController } from '../../internal/locale.js';
import { ThemeController } from '../../internal/theme.js';
import type { Messages } from '../../internal/locale/en.js';
import { renderProblem, warnOnce } from '../../internal/problem.js';
import { renderProvenanceLine, isStandalone } from '../../internal/provenance-line.js';
import { SummaryController } from '../../internal/summary-controller.js';
import { base } from '../../styles/base.js';
import { evidenceGapsStyles } from './evidence-gaps.styles.js';

let ids = 0;

/**
 * One gap as a notice: a decorative "?" icon, the gap as a heading with a visually
 * hidden "Evidence gap:" before it (as GOV.UK's warning text does), and its detail.
 * Shared by `<eg-evidence-gap>` and `<eg-evidence-gaps>`.
 *
 * @internal
 */
export function renderEvidenceGap(
  summary: Summary,
  gap: EvidenceGapData,
  msg: Messages,
  options: { level: number; headingId: string; provenance: boolean },
): TemplateResult {
  const lang = summary.meta.lang;
  const heading = html`<span class="visually-hidden">${msg.evidenceGapPrefix}: </span><span lang=${lang}>${unsafeHTML(gap.statementHtml)}</span>`;
  return html`<article class="gap" part="gap" aria-labelledby=${options.headingId}>
    <div class="notice">
      <span class="icon" part="icon" aria-hidden="true">?</span>
      <div class="body">
        ${renderHeading(options.level, heading, { id: options.headingId, part: 'statement' })}
        ${gap.detailHtml ? html`<div class="detail" part="detail" lang=${lang}>${unsafeHTML(gap.detailHtml)}</div>` : nothing}
      </div>
    </div>
    ${options.provenance ? renderProvenanceLine(summary, msg, gap.sources) : nothing}
  </article>`;
}

/**
 * One gap in the evidence base, as the summary identifies it, in a notice style of
 * its own (a dashed outline and a "?" icon) so it never reads as a finding.
 * Screen readers hear "Evidence gap:" before the gap.
 *
 * Two ways to use it:
 *
 * - From bundled content: `<eg-evidence-gap summary="early-years-integration" gap="rigorous-studies">`.
 * - Inline, written into the page so it reads before and without JavaScript: put your
 *   own heading and text inside. The author's headings are kept as written.
 *
 * When the gap is rendered inside another evidence-guidance widget, that widget
 * shows the provenance instead.
 *
 * A bad `summary` or `gap` never throws: the widget shows a message naming the value
 * and logs one console warning listing the valid ids.
 *
 * Set `theme` (or `data-eg-theme` on an ancestor) to apply a theme without linking its stylesheet.
 *
 * @summary One gap in the evidence base.
 * @tagname eg-evidence-gap
 *
 * @slot - Inline content (used when `summary` and `gap` are not set).
 *
 * @csspart gap - The gap's container.
 * @csspart icon - The decorative "?" icon (hidden from assistive technology).
 * @csspart statement - The gap's heading.
 * @csspart detail - Further detail under the gap.
 * @csspart provenance - The source line (publisher, date and link).
 * @csspart problem - The message shown for a bad id or a failed load.
 *
 * @cssprop --eg-evidence-gap-border-color - The gap's dashed outline and icon (default: --eg-color-border).
 * @cssprop --eg-evidence-gap-background - The gap's background (default: transparent).
 */
export class EgEvidenceGap extends LitElement {
  static override styles = [base, evidenceGapsStyles];

  /** Id of the summary to take the gap from, e.g. `early-years-integration`. */
  @property({ reflect: true }) summary?: string;

  /** Id of the gap within the summary, e.g. `rigorous-studies`. */
  @property({ reflect: true }) gap?: string;

  /** Level (1-6) of the gap's heading. Inline content keeps the author's headings. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = DEFAULT_HEADING_LEVEL;

  private readonly locale = new LocaleController(this);
  protected readonly themeController = new ThemeController(this);
  private readonly content = new SummaryController(this, () => this.summary);
  private readonly headingId = `eg-evidence-gap-${++ids}`;

  /**
   * True unless the gap is rendered by another evidence-guidance widget, which
   * then shows the provenance itself.
   */
  get standalone(): boolean {
    return isStandalone(this);
  }

  override render() {
    const msg = this.locale.msg;
    const { status } = this.content;
    if (status === 'idle') {
      if (this.gap?.trim()) return this.problem(msg.missingAttribute('eg-evidence-gap', 'summary'), '<eg-evidence-gap>: the summary attribute is missing.');
      return html`<slot></slot>`;
    }
    if (status === 'loading') return html`<p class="loading" role="status">${msg.loading}</p>`;
    if (status === 'error') {
      const err = this.content.error;
      if (err instanceof SummaryNotFoundError) {
        return this.problem(msg.summaryNotFound(err.summaryId), `<eg-evidence-gap>: ${err.message}`);
      }
      warnOnce(this, `<eg-evidence-gap>: ${String(err)}`);
      return renderProblem(msg, msg.loadFailed, () => this.content.retry());
    }
    const summary = this.content.summary!;
    const id = this.gap?.trim() ?? '';
    const item = summary.evidenceGaps.find((g) => g.id === id);
    if (!item) {
      const valid = summary.evidenceGaps.map((g) => g.id).join(', ');
      if (!id) return this.problem(msg.missingAttribute('eg-evidence-gap', 'gap'), `<eg-evidence-gap>: the gap attribute is missing. Valid gap ids: ${valid}.`);
      return this.problem(
        msg.itemNotFound(msg.kindEvidenceGap, id, summary.meta.id),
        `<eg-evidence-gap>: there is no evidence gap "${id}" in "${summary.meta.id}". Valid gap ids: ${valid}.`,
      );
    }
    return renderEvidenceGap(summary, item, msg, { level: this.headingLevel, headingId: this.headingId, provenance: this.standalone });
  }

  private problem(detail: string, warning: string) {
    warnOnce(this, warning);
    return renderProblem(this.locale.msg, detail);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'eg-evidence-gap': EgEvidenceGap;
  }
}
