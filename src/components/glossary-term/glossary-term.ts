import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { View } from '../../internal/view.js';
import { contentHtml } from '../../internal/content-html.js';
import type { GlossaryTerm, Summary } from '../../content/types.js';
import { EgElement } from '../../internal/eg-element.js';
import { base } from '../../styles/base.js';
import { glossaryTermStyles } from './glossary-term.styles.js';

/** Fired when a definition opens or closes. */
export class DefinitionToggleEvent extends Event {
  static readonly eventName = 'eg-definition-toggle';
  constructor(
    /** The glossary term's id, e.g. `tiers-of-need`. */
    readonly term: string,
    /** True when the definition is now shown. */
    readonly open: boolean,
  ) {
    super(DefinitionToggleEvent.eventName, { bubbles: true, composed: true });
  }
}

const HOVER_CLOSE_DELAY = 300;

/**
 * An inline term that reveals its definition: press the term (mouse, touch, Enter or
 * Space) to show or hide it; hovering shows it too, and it stays while the pointer is
 * over the term or the definition (WCAG 1.4.13). Escape closes it. Screen readers also
 * get the definition as the term's description.
 *
 * The element's text is the term as written in the page (readable without JavaScript);
 * with no text, the glossary's own term is shown. Definitions are this library's words,
 * not the source's, and say so.
 *
 * @summary An inline term with its definition on demand.
 * @tagname eg-glossary-term
 *
 * @slot - The term as written in the page.
 *
 * @csspart term - The button that holds the term.
 * @csspart definition - The definition bubble.
 * @csspart problem - The message shown for a bad id or a failed load.
 *
 * @cssprop --eg-glossary-term-underline-color - The dotted underline (default: --eg-color-text).
 * @cssprop --eg-glossary-term-background - The definition's background (default: --eg-color-surface).
 * @cssprop --eg-glossary-term-border-color - The definition's border (default: --eg-color-text).
 *
 * @fires {DefinitionToggleEvent} eg-definition-toggle - The definition opened or closed (`term`, `open`).
 */
export class EgGlossaryTerm extends EgElement {
  static override styles = [base, glossaryTermStyles];
  static override properties: PropertyDeclarations = {
    print: { reflect: true },
    term: { reflect: true },
    open: { type: Boolean, reflect: true },
    pinned: { state: true, attribute: false },
  };

  /** Id of the glossary term, e.g. `tiers-of-need`. */
  declare term?: string;

  /** Whether the definition is shown. */
  open = false;

  /** What printing shows: `all` (the definition after the term, the default) or `as-shown` (only if it is open). */
  declare print?: 'all' | 'as-shown';

  /** True while the definition was opened by pressing the term (it then ignores the pointer leaving). */
  private pinned = false;

  readonly #bubbleId = `${this.idPrefix}-definition`;
  #closeTimer?: ReturnType<typeof setTimeout>;

  constructor() {
    super();
    // Listeners on the element itself live as long as it does: nothing to remove.
    this.addEventListener('mouseenter', () => this.content.status === 'ready' && this.show());
    this.addEventListener('mouseleave', () => {
      if (!this.pinned) this.#closeTimer = setTimeout(() => this.#setOpen(false), HOVER_CLOSE_DELAY);
    });
    this.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && this.open) {
        e.stopPropagation();
        this.hide();
      }
    });
    this.addEventListener('focusout', (e) => {
      const to = e.relatedTarget as Node | null;
      if (this.pinned && !this.contains(to) && !this.renderRoot.contains(to)) this.hide();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.#onDocumentKeydown);
    clearTimeout(this.#closeTimer);
    // A term moved elsewhere comes back closed: its Escape listener went with the open definition.
    this.pinned = false;
    this.open = false;
  }

  static override item = 'term';

  /** The page's own text for the term stays in place while the definition loads. */
  protected override renderLoading() {
    return html`<slot></slot>`;
  }

  protected override renderLoadError() {
    return html`<slot></slot> ${super.renderLoadError()}`;
  }

  protected override renderSummary(summary: Summary) {
    const entry = this.findItem(summary.glossary, (m) => m.glossary.term, summary);
    if (!('id' in entry)) return html`<slot></slot> ${entry}`;
    return glossaryTermView(summary, entry, this.ctx, { open: this.open, onClick: this.#onClick, bubbleId: this.#bubbleId });
  }

  override updated(): void {
    // Keep the open definition inside the viewport (WCAG 1.4.10): shift it left when the
    // term sits near the right edge. CSSOM, not a style attribute, so a strict CSP allows it.
    const bubble = this.renderRoot.querySelector<HTMLElement>('[part="definition"]');
    if (!bubble) return;
    bubble.style.removeProperty('translate');
    if (!this.open) return;
    const rect = bubble.getBoundingClientRect();
    const margin = 8;
    const overflow = rect.right - (document.documentElement.clientWidth - margin);
    const shift = overflow > 0 ? Math.min(overflow, rect.left - margin) : 0;
    if (shift > 0) bubble.style.setProperty('translate', `${-shift}px 0`);
  }

  /** Shows the definition. */
  show(): void {
    this.#setOpen(true);
  }

  /** Hides the definition. */
  hide(): void {
    this.pinned = false;
    this.#setOpen(false);
  }

  #setOpen(open: boolean): void {
    clearTimeout(this.#closeTimer);
    if (open === this.open) return;
    this.open = open;
    if (open) document.addEventListener('keydown', this.#onDocumentKeydown);
    else document.removeEventListener('keydown', this.#onDocumentKeydown);
    this.dispatchEvent(new DefinitionToggleEvent(this.term ?? '', open));
  }

  #onClick = () => {
    if (this.open && this.pinned) {
      this.hide();
    } else {
      this.pinned = true;
      this.show();
    }
  };

  // Escape anywhere closes a definition opened by hover (WCAG 1.4.13: dismissible without moving the pointer).
  #onDocumentKeydown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') this.hide();
  };
}

/** What `<eg-glossary-term>` shows besides the content. */
export interface GlossaryTermOptions {
  open?: boolean;
  onClick?: () => void;
  bubbleId?: string;
}

/**
 * A glossary term's markup: a button (holding the term written inside the element, or else
 * the term) that shows the definition, in the library's words. (As static HTML, the
 * snippet writes the term alone: a term is part of the author's sentence.)
 */
export function glossaryTermView(summary: Summary, entry: GlossaryTerm, v: View, o: GlossaryTermOptions): TemplateResult {
  const lang = summary.meta.lang;
  return html`<button
      type="button"
      part="term"
      aria-expanded=${o.open ? 'true' : 'false'}
      aria-describedby=${o.bubbleId}
      @click=${o.onClick}
    ><slot><span lang=${lang}>${entry.term}</span></slot></button
    ><span class="bubble" part="definition" id=${o.bubbleId} role="note" ?hidden=${!o.open}
      ><span class="term-name" lang=${lang}>${entry.term}: </span
      ><span lang=${lang}>${contentHtml(entry.definitionHtml.replace(/<\/?p>/g, ' ').trim())}</span>
      <span class="note">(${v.msg.glossary.libraryWords})</span></span
    >${nothing}`;
}

declare global {
  interface HTMLElementTagNameMap {
    'eg-glossary-term': EgGlossaryTerm;
  }
  interface HTMLElementEventMap {
    'eg-definition-toggle': DefinitionToggleEvent;
  }
}
