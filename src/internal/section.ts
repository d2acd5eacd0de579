/**
 * Markup that most widgets share, written once: the labelled section around a widget's
 * content, and the blocks of content HTML that introduce a section or detail an item.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { contentHtml } from './content-html.js';
import { renderHeading } from './heading.js';

/** A `<section>` named by its heading (`title` at `level`, with the id `headingId`), holding `body`. */
export function renderSection(part: string, headingId: string, level: number, title: unknown, body: unknown): TemplateResult {
  return html`<section part=${part} aria-labelledby=${headingId}>${renderHeading(level, title, { id: headingId })}${body}</section>`;
}

/** The summary's introduction to a section, when it has one. */
export function renderIntro(introHtml: string | undefined, lang: string): TemplateResult | typeof nothing {
  return introHtml ? html`<div class="intro" part="intro" lang=${lang}>${contentHtml(introHtml)}</div>` : nothing;
}

/** An item's further detail, when it has some. */
export function renderDetail(detailHtml: string, lang: string): TemplateResult | typeof nothing {
  return detailHtml ? html`<div class="detail" part="detail" lang=${lang}>${contentHtml(detailHtml)}</div>` : nothing;
}

/** A list under an item, named by its label ("Based on these findings:"); nothing when it is empty. */
export function renderLabelledList(part: string, id: string, label: string, entries: readonly TemplateResult[]): TemplateResult | typeof nothing {
  return entries.length
    ? html`<div class=${part} part=${part}>
        <p class="label" id=${id}>${label}:</p>
        <ul aria-labelledby=${id}>${entries}</ul>
      </div>`
    : nothing;
}
