import { adoptStyles, css, html, LitElement, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { loadSummary, sourceUrl, SummaryNotFoundError } from '../content/registry.js';
import type { SummarySourceError } from '../content/source-error.js';
import type { Summary } from '../content/types.js';
import { LocaleController } from './locale.js';
import type { Messages } from './locale/en.js';
import { renderProblem, warnOnce, warnProblem, type ProblemMessage } from './problem.js';
import { SummaryController } from './summary-controller.js';
import { THEMES, ThemeController, type ThemeName } from './theme.js';
import type { View } from './view.js';

let ids = 0;

/**
 * For a widget past the first screenful of many (see `scheduleUpdate`): the browser skips its
 * style and layout while it is off screen. Not for the first widgets, which would paint at this
 * placeholder height for a frame before their own.
 */
const laterStyles = css`:host{content-visibility:auto;contain-intrinsic-size:auto 20rem}`;

/**
 * When the current stretch of rendering should give the page a turn (see `scheduleUpdate`).
 * None has started yet: the page's clock may still read under 0.1 s.
 */
let sliceEnd = -Infinity;
/** The turn the widgets past the current slice wait for. */
let turn: Promise<void> | undefined;
/** How many widgets have rendered since the current stretch of rendering began. */
let rendered = 0;

/**
 * The small base every evidence-guidance widget shares, so each widget's class holds only
 * what is its own. It gives:
 *
 * - `summary`: the content to show; without it the widget shows its inline light-DOM content;
 * - `src`: content from a Markdown file instead (loaded, checked and parsed by a module of
 *   its own, fetched on first use); widgets it renders share the file;
 * - `theme`: a theme loaded on demand (see `ThemeController`), and a message naming an unknown one;
 * - the library's words in the page's language (`this.msg`), updated when `lang` changes;
 * - the loading state (a status message, `ariaBusy` on its ElementInternals and the custom
 *   state `loading`, never an attribute on the host), and a visible, accessible error
 *   with a retry button when content fails to load, and one console warning;
 * - an id prefix unique on the page (`idPrefix`), for `aria-labelledby` and the like.
 *
 * A widget implements `renderSummary(summary)`; it may override `renderInline()` (no
 * `summary`) and `attributeProblem()` (a visible message for a bad attribute value).
 *
 * @cssstate loading - While the widget's content loads, e.g. `eg-finding:state(loading) { opacity: 0.6 }`; `ariaBusy` is set on its ElementInternals meanwhile, and no attribute is added to the host.
 * @attr {number} src-timeout - With `src`: milliseconds before loading the file is abandoned with a message and a retry button (default 10000).
 * @attr {number} src-max-bytes - With `src`: the largest file accepted, in bytes (default 262144, 256 KB).
 * @attr {number} src-parse-timeout - With `src`: milliseconds reading the file may take (it is read in a worker) before it is abandoned with a message (default 5000).
 */
export abstract class EgElement extends LitElement {
  // Reactive properties are declared here rather than with decorators (in every widget
  // too): the same API, with no decorator helper in each module of the CDN bundle. The
  // JSDoc on each field is what custom-elements.json and the editors show.
  static override properties: PropertyDeclarations = {
    summary: { reflect: true },
    theme: { reflect: true },
    src: {},
  };

  /** Id of the summary to show, e.g. `early-years-integration`. Without it, the widget shows the content written inside it. */
  declare summary?: string;

  /**
   * URL of a summary written as a Markdown file in the format of `content/` (a council's or
   * centre's own), e.g. `/guidance/our-summary.md`; relative to the page, as an `<img src>` is.
   * It is fetched (as `text/markdown` or `text/plain`, within `src-timeout` and
   * `src-max-bytes`), then parsed, sanitized and validated in the browser with the same code
   * the build uses; a problem shows as a visible message with a retry button (and, for
   * mistakes in the file, a list of them for the page's author). When both are set, `src`
   * wins and `summary` is ignored.
   */
  declare src?: string;

  /** A theme to apply without linking its stylesheet: `default`, `govuk`, `nhs`, `localgov`, `high-contrast` or `dark`. Also read from `data-eg-theme` on an ancestor. */
  declare theme?: ThemeName;

  readonly #locale = new LocaleController(this);
  readonly #theme = new ThemeController(this);
  /**
   * The widget's ElementInternals (undefined in an engine without them): where its loading
   * state goes (`ariaBusy`, the custom state `loading`) instead of its host's attributes.
   */
  protected readonly internals: ElementInternals | undefined = this.attachInternals?.();
  protected readonly content: SummaryController = new SummaryController(
    this,
    () => this.summary,
    () => {
      const src = this.src?.trim();
      return src ? sourceUrl(src) : undefined;
    },
    this.internals,
  );

  /** Unique on the page (`eg-finding-3`): the start of every id the widget renders. */
  protected readonly idPrefix = `${this.localName}-${++ids}`;

  /** The library's words in the language of where the widget sits. */
  protected get msg(): Messages {
    return this.#locale.msg;
  }

  /** What the widget's view function needs besides the content (see `view.ts`). */
  protected get ctx(): View {
    return { msg: this.msg, id: this.idPrefix, standalone: true };
  }

  /**
   * Many widgets on one page render in slices, one a frame (the first of about 25 ms, then
   * about 16 ms), so that no task blocks the page for long and the first widgets paint first.
   * A lone widget (or the first of many) renders at once, and so does a widget holding a pasted
   * snippet: its shadow root hides the snippet until then. Past the first 12 widgets of a
   * stretch (about a screenful of findings), a widget also gets `laterStyles`, so that the
   * browser does not lay out the many below the screen; a widget holding a snippet never does.
   */
  protected override async scheduleUpdate(): Promise<void> {
    // A widget that renders after a pause starts a slice at once; the next slice starts at the
    // next frame, so that the page lays out each slice as it comes.
    if (performance.now() > sliceEnd + 99) (sliceEnd = performance.now() + 25), (rendered = 0);
    const styles = (this.constructor as typeof LitElement).elementStyles;
    while (!this.childElementCount && performance.now() > sliceEnd) await (turn ??= new Promise((r) => requestAnimationFrame(r)).then(() => void ((turn = undefined), (sliceEnd = performance.now() + 16))));
    if (!this.hasUpdated) adoptStyles(this.renderRoot as ShadowRoot, this.childElementCount || rendered++ < 12 ? styles : [...styles, laterStyles]);
    super.scheduleUpdate();
  }

  /**
   * A widget holding a pasted snippet takes the page's first paint as it is: it attaches its
   * shadow root (which hides the snippet) once that paint is on screen and its summary has
   * loaded, so that the reader's first and largest paint stay the snippet's (a browser counts
   * text removed before it reached the screen as never painted), and the widget replaces the
   * snippet in one step. It keeps the snippet's top margin, so nothing above or at its top
   * moves (see adopt-snippet.ts).
   */
  override connectedCallback(): void {
    if (this.renderRoot || !this.childElementCount) return super.connectedCallback();
    // The content starts loading at once, beside the code that waits for it (a failure is the
    // widget's to show once connected: the controller asks again).
    const summary = this.summary?.trim();
    const content = summary && !this.src ? loadSummary(summary).catch(() => {}) : undefined;
    void import('./adopt-snippet.js').then((m) => m.adoptSnippet(this, content, () => super.connectedCallback()));
  }

  /** The shadow root. Its styles come with the first render (see `scheduleUpdate`): styling hundreds of waiting widgets would cost the page a long frame. */
  protected override createRenderRoot(): ShadowRoot {
    return this.attachShadow({ mode: 'open' });
  }

  /** Also waits for the words of the widget's language, when they are still loading. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.#locale.pending; // which asks for the update that shows them
    return super.getUpdateComplete();
  }

  override render(): unknown {
    // First render on a Welsh page before the Welsh words have loaded: wait, showing what is
    // written inside the widget, rather than flash English.
    if (this.#locale.pending && !this.hasUpdated) return html`<slot></slot>`;
    const theme = this.#theme.unknown;
    return html`${theme ? this.problem((m) => m.unknownTheme(theme), THEMES) : nothing}${this.#renderState()}`;
  }

  /** What the widget shows in its load state: inline content, loading, the error, or the content. */
  #renderState(): unknown {
    const invalid = this.attributeProblem();
    switch (this.content.status) {
      case 'idle':
        return html`${invalid ?? this.#blankSummary()}${this.renderInline()}`;
      case 'loading':
        return this.renderLoading();
      case 'error':
        return this.renderLoadError();
      default:
        return invalid ?? this.renderSummary(this.content.summary!);
    }
  }

  /**
   * A `summary` attribute that is there but blank (a CMS field left empty), on a widget that
   * shows only what is written inside it, with nothing written inside: a message, not a blank.
   */
  #blankSummary(): TemplateResult | typeof nothing {
    const showsOnlyItsContent = this.renderInline === EgElement.prototype.renderInline;
    const empty = this.childElementCount === 0 && !this.textContent?.trim();
    return showsOnlyItsContent && empty && this.hasAttribute('summary') ? this.problem((m) => m.missingAttribute(this.localName, 'summary')) : nothing;
  }

  /** What the widget shows from content. */
  protected abstract renderSummary(summary: Summary): unknown;

  /**
   * What the widget shows while its content loads (it is busy meanwhile, `:state(loading)`): the
   * content written inside it, if any (a pasted snippet stays readable and in place), or
   * else a status message.
   */
  protected renderLoading(): unknown {
    return this.childElementCount ? html`<slot></slot>` : html`<p class="loading" role="status">${this.msg.loading}</p>`;
  }

  /** What the widget shows without `summary`: its own light-DOM content. */
  protected renderInline(): unknown {
    return html`<slot></slot>`;
  }

  /**
   * For a widget that shows one item of a summary: the attribute (and property) that names it,
   * `finding`, `gap`, `view`, `reference` or `term`, as in `WIDGETS` (src/widgets.ts; a test
   * keeps the two the same).
   */
  static item?: string;

  /** The value of the widget's {@link EgElement.item} attribute. */
  get #itemId(): string {
    return ((this as unknown as Record<string, string | undefined>)[(this.constructor as typeof EgElement).item!] ?? '').trim();
  }

  /** A visible message for an invalid attribute value (by default, an item named without `summary`), or undefined when all are valid. */
  protected attributeProblem(): TemplateResult | undefined {
    return (this.constructor as typeof EgElement).item && this.#itemId && !this.summary && !this.src ? this.problem((m) => m.missingAttribute(this.localName, 'summary')) : undefined;
  }

  /** A visible, accessible message plus one console warning (in English, listing the `valid` values). */
  protected problem(message: ProblemMessage, valid?: readonly string[]): TemplateResult {
    warnProblem(this, message, valid);
    return renderProblem(this.msg, message(this.msg));
  }

  /**
   * The item of `items` (a collection of `summary`) that the widget's {@link EgElement.item}
   * attribute names, or else the visible message for a value that names none (or for a missing
   * one), listing the valid ids. Every widget that shows one item finds it here.
   */
  protected findItem<T extends { id: string }>(items: readonly T[], kind: (msg: Messages) => string, summary: Summary): T | TemplateResult {
    const id = this.#itemId;
    const attribute = (this.constructor as typeof EgElement).item!;
    return (
      items.find((item) => item.id === id) ??
      this.problem(id ? (m) => m.itemNotFound(kind(m), id, summary.meta.id) : (m) => m.missingAttribute(this.localName, attribute), items.map((item) => item.id))
    );
  }


  /** The message for content that could not be loaded: not found, or failed (with a retry button). */
  protected renderLoadError(): TemplateResult {
    const err = this.content.error;
    if (err instanceof SummaryNotFoundError) return this.problem((m) => m.summaryNotFound(err.summaryId), err.validIds);
    warnOnce(this, `<${this.localName}>: ${err as Error}`);
    const retry = () => this.content.retry();
    // Told by its name, so that the core bundle need not carry the class (see source-error.ts).
    if ((err as Error | undefined)?.name !== 'SummarySourceError') return renderProblem(this.msg, this.msg.loadFailed, retry);
    const source = err as SummarySourceError;
    const words = source.text[this.#locale.lang] ?? source.text.en;
    return renderProblem(this.msg, words.message, source.retryable ? retry : undefined, source.notesView(words.details));
  }
}
