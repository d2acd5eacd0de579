import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { closestAttribute } from './closest-attribute.js';
import { en, type Messages } from './locale/en.js';

/** The languages the library's own words come in. */
export const UI_LANGUAGES = ['en', 'cy'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

// English is in the core bundle; Welsh is a module of its own, loaded the first time a
// widget sits in a Welsh part of a page (in parallel with the content it shows), so that
// English pages do not carry it.
const MESSAGES: { [L in UiLanguage]?: Messages } = { en };
let welsh: Promise<Messages> | undefined;

/**
 * The library's words in `lang`, loading them first if needed (Welsh is loaded on demand).
 * A failed load is forgotten, so asking again retries.
 */
export function loadMessages(lang: UiLanguage): Promise<Messages> {
  if (lang === 'en') return Promise.resolve(en);
  return (welsh ??= import('./locale/cy.js').then(
    (m) => (MESSAGES.cy = m.cy),
    (err: unknown) => {
      welsh = undefined;
      throw err;
    },
  ));
}

/** The library's words in `lang` if they have loaded (English always has), else undefined. */
export function messagesFor(lang: UiLanguage): Messages | undefined {
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
  /**
   * Set while the words of the widget's language are loading. Before its first render the
   * widget then waits (showing the content written inside it, if any) rather than flash
   * English on a Welsh page; after that it keeps its current words until the new ones arrive.
   */
  pending?: Promise<unknown>;

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

  /** Re-reads the language; re-renders the host when it changed (once its words have loaded). */
  refresh(): void {
    const lang = languageOf(this.host);
    if (lang === this.lang) return;
    this.lang = lang;
    // Words not loaded yet: keep the current ones until they are (English if they fail).
    const pending: Promise<unknown> = (this.pending = loadMessages(lang)
      .catch(() => en)
      .then((msg) => {
        if (this.pending !== pending) return;
        this.pending = undefined;
        this.msg = msg;
        this.host.requestUpdate();
      }));
  }
}
