import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { closestAttribute } from './closest-attribute.js';
import { cy } from './locale/cy.js';
import { en, type Messages } from './locale/en.js';

/** The languages the library's own words come in. */
export const UI_LANGUAGES = ['en', 'cy'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

const MESSAGES: Record<UiLanguage, Messages> = { en, cy };

/** The library's words in `lang`. */
export function messagesFor(lang: UiLanguage): Messages {
  return MESSAGES[lang];
}

/**
 * The UI language for `node`: the nearest `lang` attribute in the composed tree
 * (crossing shadow roots). `cy` and `cy-*` give Welsh; anything else English.
 */
export function languageOf(node: Node): UiLanguage {
  const lang = closestAttribute(node, 'lang')?.trim().toLowerCase() ?? '';
  return lang === 'cy' || lang.startsWith('cy-') ? 'cy' : 'en';
}

// One observer for the whole page: any `lang` change re-checks every widget.
const controllers = new Set<LocaleController>();
let observer: MutationObserver | undefined;

function watch(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => controllers.forEach((c) => c.refresh()));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * Gives a widget the library's words in the language of where it sits, and
 * re-renders it when that language changes.
 */
export class LocaleController implements ReactiveController {
  lang: UiLanguage = 'en';
  msg: Messages = en;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    controllers.add(this);
    watch();
    this.refresh();
  }

  hostDisconnected(): void {
    controllers.delete(this);
    if (controllers.size === 0 && observer) {
      observer.disconnect();
      observer = undefined;
    }
  }

  /** Re-reads the language; re-renders the host when it changed. */
  refresh(): void {
    const lang = languageOf(this.host);
    if (lang !== this.lang) {
      this.lang = lang;
      this.msg = MESSAGES[lang];
      this.host.requestUpdate();
    }
  }
}
