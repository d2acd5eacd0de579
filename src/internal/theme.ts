import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { THEME_LOADERS } from '../generated/themes/index.js';
import { messagesFor, languageOf } from './locale.js';
import { warnOnce } from './problem.js';

/** The theme names, as in src/themes/<name>.css. */
export const THEMES = ['default', 'govuk', 'nhs', 'localgov', 'high-contrast', 'dark'] as const;
export type ThemeName = (typeof THEMES)[number];

const sheets = new Map<string, Promise<CSSStyleSheet>>();
const themeSheets = new WeakSet<CSSStyleSheet>();

function loadSheet(name: string): Promise<CSSStyleSheet> {
  let sheet = sheets.get(name);
  if (!sheet) {
    sheet = THEME_LOADERS[name]!().then((m) => {
      const s = new CSSStyleSheet();
      s.replaceSync(m.default);
      themeSheets.add(s);
      return s;
    });
    sheet.catch(() => sheets.delete(name));
    sheets.set(name, sheet);
  }
  return sheet;
}

/** The theme asked for by the host's `theme` attribute, or else the nearest `data-eg-theme` in the composed tree. */
export function requestedTheme(host: Element): string | undefined {
  const own = host.getAttribute('theme');
  if (own !== null) return own.trim();
  let n: Node | null = host.parentNode ?? null;
  while (n) {
    if (n.nodeType === Node.ELEMENT_NODE && (n as Element).hasAttribute('data-eg-theme')) {
      return (n as Element).getAttribute('data-eg-theme')!.trim();
    }
    n = n.parentNode ?? ((n as ShadowRoot).host || null);
  }
  return undefined;
}

/**
 * Applies a theme to one widget when a CMS editor cannot link a stylesheet: the
 * `theme` attribute (or `data-eg-theme` on an ancestor) loads that theme's tokens on
 * demand and adopts them into the widget's shadow root, scoped to `:host`.
 * An unknown name shows a visible message naming it, and one console warning.
 */
export class ThemeController implements ReactiveController {
  private applied?: string;
  private notice?: HTMLElement;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostUpdated(): void {
    this.apply();
  }

  private apply(): void {
    const root = this.host.shadowRoot;
    if (!root) return;
    const name = requestedTheme(this.host) || undefined;
    this.showProblem(name && !(THEMES as readonly string[]).includes(name) ? name : undefined);
    const wanted = name && Object.prototype.hasOwnProperty.call(THEME_LOADERS, name) ? name : undefined;
    if (wanted === this.applied) return;
    this.applied = wanted;
    if (!wanted) {
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => !themeSheets.has(s));
      return;
    }
    loadSheet(wanted).then(
      (sheet) => {
        if (this.applied !== wanted) return;
        root.adoptedStyleSheets = [...root.adoptedStyleSheets.filter((s) => !themeSheets.has(s)), sheet];
      },
      (err: unknown) => warnOnce(this.host, `<${this.host.localName}>: the theme "${wanted}" could not be loaded (${String(err)}).`),
    );
  }

  /** A visible message for an unknown theme name, kept outside the widget's own template. */
  private showProblem(badName: string | undefined): void {
    const root = this.host.shadowRoot!;
    if (!badName) {
      this.notice?.remove();
      this.notice = undefined;
      return;
    }
    const msg = messagesFor(languageOf(this.host));
    warnOnce(this.host, `<${this.host.localName}>: "${badName}" is not a theme. Valid themes: ${THEMES.join(', ')}.`);
    if (!this.notice) {
      this.notice = document.createElement('p');
      this.notice.className = 'problem';
      this.notice.setAttribute('part', 'problem');
    }
    this.notice.textContent = msg.unknownTheme(badName);
    if (this.notice.parentNode !== root) root.prepend(this.notice);
  }
}
