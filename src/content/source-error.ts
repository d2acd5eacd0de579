/**
 * The error a summary file (`src`) fails with. A module of its own: the src runtime throws
 * it and the npm API exports it, but the core bundle does not carry it (a widget tells it by
 * its `name`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ContentDiagnostic } from './diagnostics.js';
import { SOURCE_MESSAGES } from './source-messages.js';

/** Why a summary file (`src`) cannot be shown: see {@link SummarySourceError}. */
export type SourceErrorKind = 'status' | 'network' | 'timeout' | 'type' | 'size' | 'invalid' | 'slow';

/**
 * Rejected by {@link loadSummaryFrom} when a summary file cannot be shown. `kind` says why:
 * `status` (the server answered 404 or another error), `network` (the request failed:
 * offline, or another origin without CORS), `timeout`, `type` (not sent as `text/markdown`
 * or `text/plain`), `size` (over the limit), `invalid` (the file has mistakes: see
 * `diagnostics`) or `slow` (reading it took longer than `src-parse-timeout`). The message, in
 * English, is for the page's author and the console. `retryable` is false where loading the
 * same file again cannot help: `slow`, and an `invalid` file the Markdown parser itself failed
 * on (nested too deeply; its diagnostics say where).
 */
export class SummarySourceError extends Error {
  /** Whether loading the file again could help (a "Try again" button is offered). */
  readonly retryable: boolean;
  /**
   * What readers are told, in each language of the library (`message`), and the label of the
   * disclosure listing the author's mistakes (`details`). The widgets show these words, so the
   * core bundle does not carry them.
   */
  readonly text: Readonly<Record<'en' | 'cy', { message: string; details: string }>>;
  /**
   * `diagnostics` as a widget lists them for the page's author, one line each, in English as
   * the validator writes them: where (`Line 4`, `Item “x”` or `File`), what, and the fix.
   * Worded here, in the src runtime, so that the core bundle does not carry it.
   */
  readonly notes: readonly string[];
  constructor(
    readonly kind: SourceErrorKind,
    /** The file's absolute URL. */
    readonly url: string,
    message: string,
    /** For the reader's message: the HTTP status, the content type, the size limit or the timeout in seconds. */
    readonly detail = '',
    /** For `invalid`: every problem in the file, each with its line and fix. */
    readonly diagnostics: readonly ContentDiagnostic[] = [],
    retryable = true,
  ) {
    super(message);
    this.name = 'SummarySourceError';
    this.retryable = retryable && kind != 'slow';
    const words = (lang: 'en' | 'cy') => {
      const m = SOURCE_MESSAGES[lang];
      const text = m[kind];
      return { message: typeof text == 'string' ? text : text(detail), details: m.details };
    };
    this.text = { en: words('en'), cy: words('cy') };
    this.notes = diagnostics.map((d) => `${d.line ? `Line ${d.line}` : d.itemId ? `Item “${d.itemId}”` : 'File'}: ${d.message} Fix: ${d.fix}`);
  }

  /**
   * The disclosure a widget shows under its message, labelled `label` (the reader's language:
   * `text[lang].details`), listing `notes` for the page's author; nothing when there are none.
   * Rendered here, in the src runtime, so that the core bundle does not carry it.
   */
  notesView(label: string): TemplateResult | typeof nothing {
    return this.notes.length ? html`<details><summary>${label}</summary><ul lang="en">${this.notes.map((note) => html`<li>${note}</li>`)}</ul></details>` : nothing;
  }
}
