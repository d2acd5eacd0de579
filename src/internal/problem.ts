import { html, nothing, type TemplateResult } from 'lit';
import { en, type Messages } from './locale/en.js';

/**
 * What went wrong, as a message from the locale modules: shown to readers in the page's
 * language, and logged for the developer in English.
 */
export type ProblemMessage = (msg: Messages) => string;

/**
 * A visible, accessible message for something wrong with a widget's attributes
 * or content. It names the bad value; with `retry`, it offers a "Try again" button. `more`
 * follows the message: for mistakes in a summary file, the list of them for the page's
 * author, rendered by the src runtime (see `SummarySourceError.notesView`).
 * Every value is rendered as text.
 */
export function renderProblem(msg: Messages, detail: string, retry?: () => void, more?: unknown): TemplateResult {
  return html`<div class="problem bar" part="problem">
    <p class="problem-title">${msg.somethingWentWrong}</p>
    <p>${detail}</p>
    ${more}
    ${retry ? html`<p><button type="button" @click=${retry}>${msg.tryAgain}</button></p>` : nothing}
  </div>`;
}

const warned = new WeakMap<object, Set<string>>();

/** Logs `message` as a console warning once per element, however often it re-renders. */
export function warnOnce(element: object, message: string): void {
  const seen = warned.get(element) ?? new Set<string>();
  if (seen.has(message)) return;
  seen.add(message);
  warned.set(element, seen);
  console.warn(message);
}

/** Logs the problem once for `element`, in English, with the values that would be valid. */
export function warnProblem(element: Element, message: ProblemMessage, valid?: readonly string[]): void {
  warnOnce(element, `<${element.localName}>: ${message(en)}${valid ? ` Valid: ${valid.join(', ')}.` : ''}`);
}
