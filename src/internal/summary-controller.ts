import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadSummary, loadSummaryFrom, peekSummary } from '../content/registry.js';
import type { Summary } from '../content/types.js';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/** A number attribute of `el`, or undefined when it is missing or not a number (the runtime ignores any that is not positive). */
const limit = (el: Element, name: string) => +el.getAttribute(name)! || undefined;

/**
 * Loads the summary a widget names and tracks the load: `idle` (no summary asked for),
 * `loading`, `ready` or `error`. The summary comes from a file when `source()` gives its
 * absolute URL (the `src` attribute, with the `src-timeout` and `src-max-bytes` limits
 * read from the host), otherwise from the bundled or registered summary `summaryId()`
 * names. While loading, the host's ElementInternals (when given) say so: `ariaBusy` for
 * assistive technology and the custom state `loading` for CSS (`:state(loading)`), never an
 * attribute on the host, which a server-rendering framework would see as a hydration
 * mismatch. `retry()` tries a failed load again.
 */
export class SummaryController implements ReactiveController {
  status: LoadStatus = 'idle';
  summary?: Summary;
  error?: unknown;
  /** The summary id, or the file's URL, being shown. */
  #key?: string;
  /** True when `#key` is a file's URL. */
  #file = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly summaryId: () => string | undefined,
    private readonly source: () => string | undefined,
    private readonly internals?: ElementInternals,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const src = this.source();
    const key = src ?? (this.summaryId()?.trim() || undefined);
    if (key !== this.#key) this.#load(key, !!src);
  }

  /** Loads the summary again after a failure. */
  retry(): void {
    this.#load(this.#key, this.#file);
  }

  /** Loads the summary with id `key`, or from the file at `key` (an absolute URL) when `file`. */
  #load(key: string | undefined, file: boolean): void {
    this.#key = key;
    this.#file = file;
    this.summary = undefined;
    this.error = undefined;
    if (!key) {
      this.#setStatus('idle');
      return;
    }
    // Already loaded (another widget asked first): render at once, with no loading flash.
    const ready = peekSummary(key);
    if (ready) {
      this.summary = ready;
      this.#setStatus('ready');
      return;
    }
    this.#setStatus('loading');
    const host = this.host;
    (file ? loadSummaryFrom(key, { timeout: limit(host, 'src-timeout'), maxBytes: limit(host, 'src-max-bytes'), parseTimeout: limit(host, 'src-parse-timeout') }) : loadSummary(key)).then(
      (summary) => {
        if (this.#key !== key) return;
        this.summary = summary;
        this.#setStatus('ready');
      },
      (error: unknown) => {
        if (this.#key !== key) return;
        this.error = error;
        this.#setStatus('error');
      },
    );
  }

  #setStatus(status: LoadStatus): void {
    this.status = status;
    this.host.requestUpdate();
  }

  /**
   * The loading state goes on the host's ElementInternals once the host has rendered the
   * status (a widget may wait for its turn to render: see `EgElement.scheduleUpdate`), so that
   * it never says the content is there before the reader can see it.
   */
  hostUpdated(): void {
    const busy = this.status === 'loading';
    const internals = this.internals;
    if (internals) {
      internals.ariaBusy = busy ? 'true' : null;
      // Custom states are in every current engine. An engine without them has no `states`,
      // and before Chromium 125 a name had to start with `--` (a plain one throws): then
      // there is no state for CSS, and ariaBusy still tells assistive technology.
      try {
        internals.states[busy ? 'add' : 'delete']('loading');
      } catch {}
    }
  }
}
