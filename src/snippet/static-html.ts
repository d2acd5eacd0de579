/**
 * Writes a widget's view (a Lit template, see `src/internal/view.ts`) as static HTML, for
 * the snippet: the same markup the widget renders into its shadow root, as a string.
 *
 * Only what the views use is supported, and anything else throws rather than guess:
 * text bindings (escaped), attribute bindings written `name=${…}` (escaped; `nothing`
 * leaves the attribute out), boolean `?name=${…}`, property `.name=${…}` and event
 * `@name=${…}` bindings (both left out: they do nothing without script), nested templates
 * (a template with no binding, such as a block of content HTML from `contentHtml`, is
 * written as it is), arrays and `nothing`. No directive: the views use none. Build-time
 * only: never part of the core bundle.
 */
import { nothing, noChange, type TemplateResult } from 'lit';

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[c]};`);
}

const isTemplate = (value: unknown): value is TemplateResult => typeof value === 'object' && value !== null && '_$litType$' in value;
const isDirective = (value: unknown): boolean => typeof value === 'object' && value !== null && '_$litDirective$' in value;

/** An attribute binding at the end of a template's static text: `name=`, `name="`, `?name=`... */
const ATTRIBUTE = /([.?@]?)([^\s"'>/=]+)\s*=\s*(["']?)$/;

/** The template, or any value a template may hold, as HTML. */
export function toStaticHtml(value: unknown): string {
  return toHtml(value).replace(/\n\s*\n/g, '\n');
}

function toHtml(value: unknown): string {
  if (value === nothing || value === noChange || value === null || value === undefined || value === false) return '';
  if (isTemplate(value)) return template(value);
  if (isDirective(value)) throw new Error('toStaticHtml: a directive in a view');
  if (typeof value === 'object' && Symbol.iterator in value) return [...(value as Iterable<unknown>)].map(toHtml).join('');
  return escapeHtml(String(value));
}

function template(result: TemplateResult): string {
  const { strings, values } = result;
  // No binding: written as it is (content HTML keeps its own line breaks).
  if (!values.length) return strings[0]!;
  let out = '';
  /** True while the text so far has an open tag (between `<` and `>`), across bindings. */
  let inTag = false;
  /** The quote an attribute binding opened, which the next string closes. */
  let quote = '';
  for (let i = 0; i < strings.length; i++) {
    let text = squeeze(strings[i]!);
    if (quote) {
      if (!text.startsWith(quote)) throw new Error('toStaticHtml: an attribute value with more than one binding');
      text = text.slice(1);
      quote = '';
    }
    inTag = openTag(text, inTag);
    if (i === values.length) {
      out += text;
      break;
    }
    const value = values[i];
    const attribute = inTag ? ATTRIBUTE.exec(text) : null;
    if (inTag && !attribute) throw new Error('toStaticHtml: a binding inside a tag that is not an attribute value');
    if (!attribute) {
      out += text + toHtml(value);
      continue;
    }
    const [whole, prefix, name, q] = attribute;
    out += text.slice(0, text.length - whole.length);
    quote = q ?? '';
    if (prefix === '?' && value && value !== nothing) out += name;
    else if (prefix === '' && value !== nothing) out += `${name}="${value === null || value === undefined ? '' : escapeHtml(String(value))}"`;
    // `.property` and `@event` bindings, and `nothing`, leave the attribute out, and the space before it.
    else out = out.trimEnd();
  }
  return out;
}

/** Whether a tag is still open at the end of `text`, given whether one was at its start. */
function openTag(text: string, open: boolean): boolean {
  for (const c of text) {
    if (c === '<') open = true;
    else if (c === '>') open = false;
  }
  return open;
}

/** The template's indentation folded: every run of white space with a line break becomes one line break. */
function squeeze(text: string): string {
  return text.replace(/\s*\n\s*/g, '\n');
}
