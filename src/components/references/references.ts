import { html, nothing, type PropertyDeclarations, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { View } from '../../internal/view.js';
import { citeInText, hrefOf } from '../../content/format.js';
import type { Reference, Summary } from '../../content/types.js';
import { DEFAULT_HEADING_LEVEL } from '../../internal/heading.js';
import { linkYear } from '../../internal/provenance-line.js';
import { renderSection } from '../../internal/section.js';
import { EgElement } from '../../internal/eg-element.js';
import { base } from '../../styles/base.js';
import { formatHarvard, harvardSegments } from './harvard.js';
import { referencesStyles } from './references.styles.js';

/**
 * Fired by `<eg-references>` when the reader follows a reference's link (click or
 * middle-click). Never cancelled by the widget and never delays navigation: listen
 * for it to count use. Bubbles and crosses shadow roots.
 */
export class ReferenceFollowEvent extends Event {
  static readonly eventName = 'eg-reference-follow';
  constructor(
    /** The reference's id, e.g. `siraj-blatchford-2009a`. */
    readonly referenceId: string,
    /** The address followed (the source's address, with `http://` added where the source gave none). */
    readonly href: string,
  ) {
    super(ReferenceFollowEvent.eventName, { bubbles: true, composed: true });
  }
}

/** How a citation was copied: to the clipboard, or selected for the reader to copy with the keyboard. */
export type CitationCopyMethod = 'clipboard' | 'fallback';

/**
 * Fired by `<eg-references>` after the reader asks to copy a citation, once it is
 * known whether the clipboard took it (`method: 'clipboard'`) or the citation was
 * shown selected for the reader to copy (`method: 'fallback'`). Bubbles and crosses shadow roots.
 */
export class CitationCopyEvent extends Event {
  static readonly eventName = 'eg-citation-copy';
  constructor(
    /** The reference's id. */
    readonly referenceId: string,
    /** The citation as plain Harvard text. */
    readonly citation: string,
    readonly method: CitationCopyMethod,
  ) {
    super(CitationCopyEvent.eventName, { bubbles: true, composed: true });
  }
}

/**
 * The works a summary cites, in Harvard style, each with its role ("Main review",
 * "Scoping study", "Related review") and a "Copy citation" button.
 *
 * Addresses are shown exactly as the source gives them, with a note that they date
 * from the source's time and may no longer work. Nothing is invented: a related
 * review the source names only by topic is listed with the parts it has.
 *
 * Copying uses the Clipboard API. Where that is missing or refused (a plain-http
 * intranet, a permissions policy), the citation is shown selected in a read-only
 * text field, with focus moved there and an instruction to copy it with the keyboard.
 *
 * Two ways to use it:
 *
 * - From bundled content: `<eg-references summary="early-years-integration">`, or one
 *   entry with `reference="lord-2008"` (shown without the section heading).
 * - Inline, written into the page so it reads before and without JavaScript: put the
 *   heading and list inside the element. The author's headings are kept as written.
 *
 * A bad `summary` or `reference` never throws: the widget shows a message naming the
 * value and logs one console warning listing the valid ids.
 *
 * @summary The reference list, in Harvard style, with copyable citations.
 * @tagname eg-references
 *
 * @slot - Inline reference list (used when `summary` is not set).
 *
 * @csspart references - The section (or, for one entry, the container) holding everything.
 * @csspart heading - The section heading.
 * @csspart entries - The list of references.
 * @csspart entry - One reference.
 * @csspart role - The reference's role ("Main review").
 * @csspart citation - The Harvard citation.
 * @csspart link-note - The note that an address dates from the source's time.
 * @csspart copy-button - The "Copy citation" button.
 * @csspart copy-status - The polite live region that says the citation was copied.
 * @csspart fallback - The read-only field holding the citation when copying needs the keyboard.
 * @csspart problem - The message shown for a bad id or a failed load.
 *
 * @cssprop --eg-references-role-color - The colour of the role label (default: --eg-color-text-secondary).
 * @cssprop --eg-references-divider-color - The line between entries (default: --eg-color-border).
 *
 * @fires {ReferenceFollowEvent} eg-reference-follow - The reader followed a reference's link; `event.referenceId`, `event.href`.
 * @fires {CitationCopyEvent} eg-citation-copy - A citation was copied; `event.referenceId`, `event.citation`, `event.method` (`clipboard` or `fallback`).
 */
export class EgReferences extends EgElement {
  static override styles = [base, referencesStyles];
  static override properties: PropertyDeclarations = {
    reference: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** Id of one reference to show on its own, e.g. `lord-2008`. Unset: the whole list. */
  declare reference?: string;

  /** Level (1-6) of the section heading. Inline content keeps the author's headings. */
  headingLevel = DEFAULT_HEADING_LEVEL;

  readonly #copier = new CitationCopier(this);

  static override item = 'reference';

  protected override renderSummary(summary: Summary) {
    const ref = this.reference?.trim() ? this.findItem(summary.references, (m) => m.kindReference, summary) : undefined;
    if (ref && !('id' in ref)) return ref;
    return referencesView(summary, this.ctx, { level: this.headingLevel, reference: ref, copier: this.#copier });
  }
}

/**
 * Copying citations and following reference links, for the widget that renders the
 * references (`<eg-references>`, or `<eg-summary>` for its references): it keeps the last
 * copy's outcome for the view, fires `eg-citation-copy` and `eg-reference-follow` on the
 * widget, and moves focus to the citation field when copying needs the keyboard.
 */
export class CitationCopier implements ReactiveController {
  /** The last copy: which reference, and how. */
  copied?: { id: string; method: CitationCopyMethod };
  #focusField = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment }) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (!this.#focusField) return;
    this.#focusField = false;
    const field = this.host.renderRoot.querySelector<HTMLTextAreaElement>('textarea.fallback-text');
    if (field) {
      field.focus();
      field.select();
    }
  }

  /** Tells listeners; the browser follows the link as usual. */
  follow(ref: Reference, href: string): void {
    this.host.dispatchEvent(new ReferenceFollowEvent(ref.id, href));
  }

  async copy(ref: Reference): Promise<void> {
    const host = this.host;
    const citation = formatHarvard(ref);
    // Start writing while still inside the reader's click (some browsers require it); with no
    // Clipboard API (or a refusal) the promise settles as 'fallback'...
    const copying = (async () => navigator.clipboard.writeText(citation))().then(
      (): CitationCopyMethod => 'clipboard',
      (): CitationCopyMethod => 'fallback',
    );
    // ...then clear the last message, so that copying the same citation again is announced again.
    this.copied = undefined;
    host.requestUpdate();
    await host.updateComplete;
    const method = await copying;
    this.#focusField = method === 'fallback';
    this.copied = { id: ref.id, method };
    host.requestUpdate();
    await host.updateComplete;
    host.dispatchEvent(new CitationCopyEvent(ref.id, citation, method));
  }
}

/** What `<eg-references>` shows besides the content. */
export interface ReferencesOptions {
  level: number;
  /** One reference to show on its own (without the section heading). */
  reference?: Reference;
  /** Copying and following (live only). */
  copier?: CitationCopier;
}

/** The references' markup: each entry's role, Harvard citation and link note (and, live, its copy button). */
export function referencesView(summary: Summary, v: View, o: ReferencesOptions): TemplateResult {
  const msg = v.msg;
  const lang = summary.meta.lang;
  const copier = o.copier;
  const entry = (ref: Reference, tag: 'li' | 'div') => {
    const href = hrefOf(ref.url);
    const entryId = `${v.id}-${ref.id}`;
    const last = copier?.copied;
    const copied = last?.id === ref.id ? last.method : undefined;
    const body = html`
      <p class="role" part="role">${msg.referenceRole[ref.role]}</p>
      <p class="citation" part="citation" lang=${lang}>
        ${harvardSegments(ref).map((segment) => {
          if (segment.kind === 'title') return html`<cite>${segment.text}</cite>`;
          if (segment.kind === 'url' && href) {
            return html`<a
              class="url"
              href=${href}
              @click=${() => copier?.follow(ref, href)}
              @auxclick=${(e: MouseEvent) => e.button === 1 && copier?.follow(ref, href)}
              >${segment.text}</a
            >`;
          }
          return segment.text;
        })}
      </p>
      ${ref.url ? html`<p class="link-note" part="link-note"><small>(${msg.linkFrom2009(linkYear(ref, summary))})</small></p>` : nothing}
      ${copier
        ? html`<div class="copy">
            <button type="button" part="copy-button" @click=${() => copier.copy(ref)}>
              ${msg.copyCitation}<span class="visually-hidden" lang=${lang}>: ${citeInText(ref)}</span>
            </button>
            <span class="copy-status" part="copy-status" role="status">${copied === 'clipboard' ? msg.citationCopied : ''}</span>
          </div>`
        : nothing}
      ${copied === 'fallback'
        ? html`<div class="fallback" part="fallback">
            <label for=${`${entryId}-field`}>${msg.citationLabel}</label>
            <p class="hint" id=${`${entryId}-hint`}>${msg.copyFallbackInstruction}</p>
            <textarea
              class="fallback-text"
              id=${`${entryId}-field`}
              lang=${lang}
              readonly
              rows="4"
              aria-describedby=${`${entryId}-hint`}
              .value=${formatHarvard(ref)}
            ></textarea>
          </div>`
        : nothing}
    `;
    return tag === 'li' ? html`<li class="entry" part="entry">${body}</li>` : html`<div class="entry" part="entry">${body}</div>`;
  };
  if (o.reference) return html`<div part="references" class="single">${entry(o.reference, 'div')}</div>`;
  return renderSection(
    'references',
    `${v.id}-heading`,
    o.level,
    msg.references,
    html`<ul class="entries" part="entries" role="list">
      ${summary.references.map((ref) => entry(ref, 'li'))}
    </ul>`,
  );
}

declare global {
  interface HTMLElementTagNameMap {
    'eg-references': EgReferences;
  }
  interface HTMLElementEventMap {
    'eg-reference-follow': ReferenceFollowEvent;
    'eg-citation-copy': CitationCopyEvent;
  }
}
