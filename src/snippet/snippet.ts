/**
 * The embed-code generator: HTML a CMS editor can paste, which reads well with
 * JavaScript off or blocked (semantic headings, lists, and ratings as text) and is
 * wrapped in the custom elements, so it upgrades in place when the script loads.
 *
 * Used by the CLI (`npx evidence-guidance snippet ...`) and by Storybook's embed-code
 * builder. Pure functions over a compiled summary: no DOM, no side effects, and not part
 * of the core bundle.
 */
import { evidenceCaveatView } from '../components/evidence-caveat/evidence-caveat.js';
import { renderEvidenceGap } from '../components/evidence-gaps/evidence-gap.js';
import { evidenceGapsView } from '../components/evidence-gaps/evidence-gaps.js';
import { evidenceRatingView } from '../components/evidence-rating/evidence-rating.js';
import { findingView } from '../components/finding/finding.js';
import { implicationsView } from '../components/implications/implications.js';
import { keyFindingsView } from '../components/key-findings/key-findings.js';
import { provenanceView } from '../components/provenance/provenance.js';
import { referencesView } from '../components/references/references.js';
import { stakeholderViewsView, stakeholderViewView } from '../components/stakeholder-views/stakeholder-views.js';
import { summaryView } from '../components/summary/summary.js';
import { whatWorksView } from '../components/what-works/what-works.js';
import { html } from 'lit';
import type { Summary } from '../content/types.js';
import { provenanceFor, type View } from '../internal/view.js';
import { cy } from '../internal/locale/cy.js';
import { en } from '../internal/locale/en.js';
import { escapeHtml, toStaticHtml } from './static-html.js';
import { THEMES } from '../internal/theme.js';
import { itemsFor, WIDGETS } from '../widgets.js';

/** The widgets a snippet can hold: every widget ({@link WIDGETS}), with the attribute that names one item (if any). */
export const SNIPPET_WIDGETS = WIDGETS;

export type SnippetWidget = keyof typeof SNIPPET_WIDGETS;

export interface SnippetOptions {
  /** The widget's tag, e.g. `eg-finding` (default `eg-summary`). */
  widget?: SnippetWidget | string;
  /** The item id, for widgets that show one item (`finding`, `gap`, `view`, `reference`, `term`). */
  item?: string;
  /** A theme name, set as the widget's `theme` attribute. */
  theme?: string;
  /** The language of the library's own words: `en` (default) or `cy`. */
  lang?: 'en' | 'cy' | string;
  /**
   * The address of the bundle, `evidence-guidance.js`; when given, a `<script type="module">`
   * line is printed after the element for `upgrade.js` beside it, which loads the bundle once
   * the page's first paint is on screen. The page already holds the content, so nothing the
   * bundle does is needed for that paint, and running it earlier would delay the paint on a slow
   * device. No `modulepreload` line, for the same reason. A page of bare widgets loads the
   * bundle itself and preloads its content: see {@link scriptLines}.
   */
  scriptSrc?: string;
  /** Wrap in `<div data-eg-widget="...">` instead of the custom element, for editors that strip unknown elements. */
  wrapper?: boolean;
  /** Level of the widget's top heading (1-6, default 2). */
  headingLevel?: number;
  /** The date the summary's age is worked out from (default: now). */
  now?: Date;
}

/** A bad option: the message names the value and lists the valid ones. */
export class SnippetError extends Error {
  override name = 'SnippetError';
}

/** The ids a widget can show one of, e.g. every finding id for `eg-finding`. */
export function itemIdsFor(summary: Summary, widget: SnippetWidget): string[] {
  return itemsFor(summary, widget).map((item) => item.id);
}

export { escapeHtml };

/** Builds the snippet. Throws {@link SnippetError} for an unknown widget, item, theme or language. */
export function renderSnippet(summary: Summary, options: SnippetOptions = {}): string {
  const widget = (options.widget ?? 'eg-summary') as SnippetWidget;
  if (!(widget in SNIPPET_WIDGETS)) {
    throw new SnippetError(`"${widget}" is not a widget. Valid widgets: ${Object.keys(SNIPPET_WIDGETS).join(', ')}.`);
  }
  const itemSpec = SNIPPET_WIDGETS[widget];
  const item = options.item?.trim() || undefined;
  if (item && !itemSpec) throw new SnippetError(`<${widget}> shows no single item, so --item "${item}" does not apply.`);
  if (itemSpec?.required && !item) {
    throw new SnippetError(`<${widget}> needs an item (its ${itemSpec.attribute}). Valid ids: ${itemIdsFor(summary, widget).join(', ')}.`);
  }
  if (item && !itemIdsFor(summary, widget).includes(item)) {
    throw new SnippetError(`There is no ${itemSpec!.attribute} "${item}" in "${summary.meta.id}". Valid ids: ${itemIdsFor(summary, widget).join(', ')}.`);
  }
  if (options.theme && !(THEMES as readonly string[]).includes(options.theme)) {
    throw new SnippetError(`"${options.theme}" is not a theme. Valid themes: ${THEMES.join(', ')}.`);
  }
  const lang = options.lang ?? 'en';
  if (lang !== 'en' && lang !== 'cy') throw new SnippetError(`"${lang}" is not a language of the library. Valid: en, cy.`);
  const level = Math.min(6, Math.max(1, Math.trunc(options.headingLevel ?? 2) || 2));

  const body = widgetHtml(summary, widget, item, level, { msg: lang === 'cy' ? cy : en, id: snippetId(widget, item), standalone: true, now: options.now ?? new Date() });
  const attrs: Array<[string, string]> = [['summary', summary.meta.id]];
  if (itemSpec && item) attrs.push([itemSpec.attribute, item]);
  if (level !== 2 && widget !== 'eg-glossary-term' && widget !== 'eg-evidence-rating') attrs.push(['heading-level', String(level)]);
  if (options.theme) attrs.push(['theme', options.theme]);
  if (lang === 'cy') attrs.push(['lang', 'cy']);

  const inline = widget === 'eg-glossary-term';
  const tag = options.wrapper ? (inline ? 'span' : 'div') : widget;
  const attrText = options.wrapper
    ? ` data-eg-widget="${widget.slice(3)}"` + attrs.map(([k, v]) => ` ${k === 'lang' ? 'lang' : `data-${k}`}="${escapeHtml(v)}"`).join('')
    : attrs.map(([k, v]) => ` ${k}="${escapeHtml(v)}"`).join('');
  const script = options.scriptSrc ? `<script type="module" src="${escapeHtml(`${besideScript(options.scriptSrc)}upgrade.js`)}"></script>\n` : '';
  const note = `<!-- evidence-guidance ${widget} from "${summary.meta.id}" (${summary.meta.publisherShort}, ${summary.meta.published}). Readable without JavaScript; the script upgrades it in place. -->\n`;
  return inline ? `${note}<${tag}${attrText}>${body}</${tag}>\n${script}` : `${note}<${tag}${attrText}>\n${body}\n</${tag}>\n${script}`;
}

/**
 * For a page of bare widgets (no snippet): the lines the CDN docs print. The summary's content
 * chunk beside the script, `chunks/<summary id>.js` (the CDN build gives the chunks it loads on
 * demand stable names), as a module script before the script: it loads in parallel with it and
 * hands the summary to the widgets as it runs, before any of them renders (no loading state).
 * On a Welsh page, a modulepreload line for `chunks/cy.js` first, so the Welsh words load in
 * parallel too.
 */
export function scriptLines(scriptSrc: string, summaryId: string, lang = 'en'): string {
  const dir = besideScript(scriptSrc);
  const preload = lang === 'cy' ? `<link rel="modulepreload" href="${escapeHtml(`${dir}chunks/cy.js`)}">\n` : '';
  return `${preload}<script type="module" src="${escapeHtml(`${dir}chunks/${summaryId}.js`)}"></script>\n<script type="module" src="${escapeHtml(scriptSrc)}"></script>\n`;
}

/** Where files beside the script are: its address up to the last `/`, without a query or fragment. */
function besideScript(scriptSrc: string): string {
  return scriptSrc.replace(/[?#].*$/, '').replace(/[^/]*$/, '');
}

/** Ids in a snippet start with the widget and item, so that different snippets on one page do not share them. */
function snippetId(widget: SnippetWidget, item: string | undefined): string {
  return `${widget}${item ? `-${item}` : ''}-static`;
}

/** The widget's markup from its view: the same function its element renders with, written as HTML. */
function widgetHtml(s: Summary, widget: SnippetWidget, item: string | undefined, level: number, v: View): string {
  const finding = () => s.findings.find((f) => f.id === item)!;
  const view = (() => {
    switch (widget) {
      case 'eg-finding':
        return findingView(s, finding(), v, level);
      case 'eg-evidence-rating':
        return evidenceRatingView(s, finding(), v);
      case 'eg-key-findings':
        return keyFindingsView(s, v, { level });
      case 'eg-evidence-caveat':
        return evidenceCaveatView(s, v, level);
      case 'eg-stakeholder-views': {
        const one = s.stakeholderViews.find((x) => x.id === item);
        return one ? stakeholderViewView(s, one, v, level, `${v.id}-view`, true) : stakeholderViewsView(s, v, level);
      }
      case 'eg-implications':
        return implicationsView(s, v, { level, audience: 'all' });
      case 'eg-what-works':
        return whatWorksView(s, v, level);
      case 'eg-evidence-gaps':
        return evidenceGapsView(s, v, level);
      case 'eg-evidence-gap': {
        const gap = s.evidenceGaps.find((g) => g.id === item)!;
        return renderEvidenceGap(s, gap, v.msg, level, `${v.id}-heading`, provenanceFor(s, v, [gap]));
      }
      case 'eg-references':
        return referencesView(s, v, { level, reference: s.references.find((r) => r.id === item) });
      case 'eg-provenance':
        return provenanceView(s, v, level);
      case 'eg-glossary-term': {
        // The term alone: its button and definition need script (the view's slot holds this).
        const term = s.glossary.find((t) => t.id === item)!;
        return html`<span lang=${s.meta.lang}>${term.term}</span>`;
      }
      default:
        return summaryView(s, v, { level });
    }
  })();
  return toStaticHtml(view).trim();
}
