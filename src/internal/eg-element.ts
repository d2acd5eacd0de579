import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { SummaryNotFoundError } from '../content/registry.js';
import type { Summary } from '../content/types.js';
import { LocaleController } from './locale.js';
import type { Messages } from './locale/en.js';
import { renderProblem, warnOnce } from './problem.js';
import { isStandalone } from './provenance-line.js';
import { SummaryController } from './summary-controller.js';
import { ThemeController } from './theme.js';

/**
 * The small base every evidence-guidance widget shares, so each widget's class holds only
 * what is its own. It gives:
 *
 * - `summary`: the content to show; without it the widget shows its inline light-DOM content;
 * - `theme`: a theme loaded on demand (see `ThemeController`);
 * - the library's words in the page's language (`this.msg`), updated when `lang` changes;
 * - the loading state (`aria-busy` and a status message), and a visible, accessible error
 *   with a retry button when content fails to load, and one console warning.
 *
 * A widget implements `renderSummary(summary)`; it may override `renderInline()` (no
 * `summary`) and `attributeProblem()` (a visible message for a bad attribute value).
 */
export abstract class EgElement extends LitElement {
  /** Id of the summary to show, e.g. `early-years-integration`. Without it, the widget shows the content written inside it. */
  @property({ reflect: true }) summary?: string;

  /** A theme to apply without linking its stylesheet: `default`, `govuk`, `nhs`, `localgov`, `high-contrast` or `dark`. Also read from `data-eg-theme` on an ancestor. */
  @property({ reflect: true }) theme?: string;

  protected readonly locale = new LocaleController(this);
  protected readonly themeController = new ThemeController(this);
  protected readonly content = new SummaryController(this, () => this.summary);

  /** The library's words in the language of where the widget sits. */
  protected get msg(): Messages {
    return this.locale.msg;
  }

  /**
   * True unless the widget is rendered by another evidence-guidance widget, which then
   * shows the provenance once for all its items.
   */
  get standalone(): boolean {
    return isStandalone(this);
  }

  override render(): unknown {
    const invalid = this.attributeProblem();
    switch (this.content.status) {
      case 'idle':
        return html`${invalid ?? nothing}${this.renderInline()}`;
      case 'loading':
        return this.renderLoading();
      case 'error':
        return this.renderLoadError();
      default:
        return invalid ?? this.renderSummary(this.content.summary!);
    }
  }

  /** What the widget shows from content. */
  protected abstract renderSummary(summary: Summary): unknown;

  /** What the widget shows while its content loads (the host is `aria-busy` meanwhile). */
  protected renderLoading(): unknown {
    return html`<p class="loading" role="status">${this.msg.loading}</p>`;
  }

  /** What the widget shows without `summary`: its own light-DOM content. */
  protected renderInline(): unknown {
    return html`<slot></slot>`;
  }

  /** A visible message for an invalid attribute value, or undefined when all are valid. */
  protected attributeProblem(): TemplateResult | undefined {
    return undefined;
  }

  /** A visible, accessible message (`detail`) plus one console warning for this element. */
  protected problem(detail: string, warning: string): TemplateResult {
    warnOnce(this, `<${this.localName}>: ${warning}`);
    return renderProblem(this.msg, detail);
  }

  /** The message for an item id that is not in the summary, naming it and warning with the valid ids. */
  protected itemProblem(kind: string, attribute: string, id: string, summary: Summary, validIds: readonly string[]): TemplateResult {
    const valid = `Valid ${attribute} ids: ${validIds.join(', ')}.`;
    return id
      ? this.problem(this.msg.itemNotFound(kind, id, summary.meta.id), `there is no ${attribute} "${id}" in "${summary.meta.id}". ${valid}`)
      : this.problem(this.msg.missingAttribute(this.localName, attribute), `the ${attribute} attribute is missing. ${valid}`);
  }

  /** The message for content that could not be loaded: not found, or failed (with a retry button). */
  protected renderLoadError(): TemplateResult {
    const err = this.content.error;
    if (err instanceof SummaryNotFoundError) return this.problem(this.msg.summaryNotFound(err.summaryId), err.message);
    warnOnce(this, `<${this.localName}>: ${err instanceof Error ? err.message : String(err)}`);
    return renderProblem(this.msg, this.msg.loadFailed, () => this.content.retry());
  }
}
