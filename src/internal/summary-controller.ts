import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadSummary, peekSummary } from '../content/registry.js';
import type { Summary } from '../content/types.js';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/**
 * Loads the summary a widget names (its `summary` attribute) and tracks the load:
 * `idle` (no summary asked for), `loading`, `ready` or `error`. While loading,
 * the host carries `aria-busy="true"`. `retry()` tries a failed load again.
 */
export class SummaryController implements ReactiveController {
  status: LoadStatus = 'idle';
  summary?: Summary;
  error?: unknown;
  #requested?: string;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly summaryId: () => string | undefined,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const id = this.summaryId()?.trim() || undefined;
    if (id !== this.#requested) this.#load(id);
  }

  /** Loads the summary again after a failure. */
  retry(): void {
    this.#load(this.#requested);
  }

  #load(id: string | undefined): void {
    this.#requested = id;
    this.summary = undefined;
    this.error = undefined;
    if (!id) {
      this.#setStatus('idle');
      return;
    }
    // Already loaded (another widget asked first): render at once, with no loading flash.
    const ready = peekSummary(id);
    if (ready) {
      this.summary = ready;
      this.#setStatus('ready');
      return;
    }
    this.#setStatus('loading');
    loadSummary(id).then(
      (summary) => {
        if (this.#requested !== id) return;
        this.summary = summary;
        this.#setStatus('ready');
      },
      (error: unknown) => {
        if (this.#requested !== id) return;
        this.error = error;
        this.#setStatus('error');
      },
    );
  }

  #setStatus(status: LoadStatus): void {
    this.status = status;
    if (status === 'loading') this.host.setAttribute('aria-busy', 'true');
    else this.host.removeAttribute('aria-busy');
    this.host.requestUpdate();
  }
}
