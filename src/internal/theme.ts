import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { closestAttribute } from './closest-attribute.js';
import { warnOnce } from './problem.js';

/** The theme names, as in src/themes/<name>.css. */
export const THEMES = ['default', 'govuk', 'nhs', 'localgov', 'high-contrast', 'dark'] as const;
export type ThemeName = (typeof THEMES)[number];

/** The theme asked for by the host's `theme` attribute, or else the nearest `data-eg-theme` in the composed tree. */
export function requestedTheme(host: Element): string | undefined {
  return (host.getAttribute('theme') ?? closestAttribute(host, 'data-eg-theme'))?.trim() || undefined;
}

/**
 * Applies a theme to one widget when a CMS editor cannot link a stylesheet: the
 * `theme` attribute (or `data-eg-theme` on an ancestor) loads that theme's tokens on
 * demand and adopts them into the widget's shadow root, scoped to `:host`.
 * An unknown name is left to the host to report (`unknown`).
 */
export class ThemeController implements ReactiveController {
  #applied?: string;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** The theme asked for, when it is not one of {@link THEMES}. */
  get unknown(): string | undefined {
    const name = requestedTheme(this.host);
    return name && !(THEMES as readonly string[]).includes(name) ? name : undefined;
  }

  hostUpdated(): void {
    const root = this.host.shadowRoot;
    const name = requestedTheme(this.host);
    const wanted = name && (THEMES as readonly string[]).includes(name) ? name : undefined;
    if (!root || wanted === this.#applied) return;
    this.#applied = wanted;
    import('./theme-sheets.js')
      .then((m) => m.applyTheme(root, wanted, () => this.#applied === wanted))
      .catch((err: unknown) => warnOnce(this.host, `<${this.host.localName}>: the theme "${wanted}" could not be loaded (${err as Error})`));
  }
}
