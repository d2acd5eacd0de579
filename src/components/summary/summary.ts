import { html, type PropertyDeclarations, type TemplateResult } from 'lit';
import { contentHtml } from '../../internal/content-html.js';
import { seriesLabel } from '../../content/format.js';
import type { Summary as SummaryData } from '../../content/types.js';
import { clampHeadingLevel, DEFAULT_HEADING_LEVEL, renderHeading } from '../../internal/heading.js';
import { EgElement } from '../../internal/eg-element.js';
import { base } from '../../styles/base.js';
import { summaryStyles } from './summary.styles.js';

/**
 * A whole evidence summary: its title, provenance, the caveat about the evidence, the
 * policy context it was written in (when the summary has one), the key findings (opening
 * with the summary's overall conclusion, labelled, and the note that the levels are this
 * library's reading), key findings, stakeholder views, implications, what works,
 * gaps in the evidence, references and glossary, with a contents list that moves
 * focus to each section.
 *
 * Its sections are the other widgets (`<eg-key-findings>`, `<eg-implications>`...),
 * rendered with their headings one level below the summary's title (items two
 * levels below), clamped at 6.
 *
 * @summary A whole evidence summary, every section of it.
 * @tagname eg-summary
 *
 * @slot - Inline summary content (used when `summary` is not set).
 *
 * @csspart title - The summary's title.
 * @csspart contents - The contents list.
 * @csspart section - Each section's container.
 * @csspart problem - The message shown for a bad id or a failed load.
 *
 * @cssprop --eg-summary-rule-color - The rule between sections (default: --eg-color-border).
 */
export class EgSummary extends EgElement {
  static override styles = [base, summaryStyles];
  static override properties: PropertyDeclarations = {
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** Level (1-6) of the summary's title; sections are one level below. */
  headingLevel = DEFAULT_HEADING_LEVEL;

  protected override renderSummary(summary: SummaryData): TemplateResult {
    const s = this.msg.summary;
    const level = clampHeadingLevel(this.headingLevel);
    const sub = clampHeadingLevel(level, 1);
    const lang = summary.meta.lang;
    const id = summary.meta.id;

    // Each section: its key (the id of its place in the page, for `focusSection`), its title in
    // the contents list, and what it shows (the widgets' own headings are one level below the title).
    const prose = (title: string, proseHtml: string) => html`${renderHeading(sub, title)}<div lang=${lang}>${contentHtml(proseHtml)}</div>`;
    const sections: Array<[key: string, title: string, body: TemplateResult]> = [
      ['about', s.about, html`<eg-provenance summary=${id} heading-level=${sub}></eg-provenance>`],
      ['scope', s.scope, prose(s.scope, summary.scope.html)],
      ['introduction', s.introduction, prose(s.introduction, summary.introduction.html)],
      ['caveat', s.caveat, html`<eg-evidence-caveat summary=${id} heading-level=${sub}></eg-evidence-caveat>`],
      ...(summary.context.html ? [['context', s.context, prose(s.context, summary.context.html)] as [string, string, TemplateResult]] : []),
      ['findings', s.findings, html`<eg-key-findings summary=${id} heading-level=${sub}></eg-key-findings>`],
      ['views', s.views, html`<eg-stakeholder-views summary=${id} heading-level=${sub}></eg-stakeholder-views>`],
      ['implications', s.implications, html`<eg-implications summary=${id} heading-level=${sub}></eg-implications>`],
      ['what-works', s.whatWorks, html`<eg-what-works summary=${id} heading-level=${sub}></eg-what-works>`],
      ['gaps', s.gaps, html`<eg-evidence-gaps summary=${id} heading-level=${sub}></eg-evidence-gaps>`],
      ['references', s.references, html`<eg-references summary=${id} heading-level=${sub}></eg-references>`],
      [
        'glossary',
        s.glossary,
        html`${renderHeading(sub, s.glossary)}
          <p class="note">${s.glossaryNote}</p>
          <dl class="glossary">
            ${summary.glossary.map(
              (t) => html`<dt lang=${lang}>${t.term}</dt>
                <dd lang=${lang}>${contentHtml(t.definitionHtml)}</dd>`,
            )}
          </dl>`,
      ],
    ];
    const contentsId = `${this.idPrefix}-contents`;
    return html`<article aria-labelledby=${`${this.idPrefix}-title`}>
      ${renderHeading(
        level,
        html`<span class="series">${seriesLabel(summary.meta)}<span class="visually-hidden">: </span></span><span lang=${lang}>${summary.meta.title}</span>`,
        { id: `${this.idPrefix}-title`, part: 'title', className: 'title' },
      )}
      <nav part="contents" aria-labelledby=${contentsId}>
        ${renderHeading(sub, s.contents, { id: contentsId })}
        <ol>
          ${sections.map(
            ([key, title]) => html`<li><a href=${`#${this.idPrefix}-${key}`} @click=${(e: Event) => this.#goTo(e, key)}>${title}</a></li>`,
          )}
        </ol>
      </nav>
      ${sections.map(
        ([key, , body]) => html`<div class="section" part="section" id=${`${this.idPrefix}-${key}`} data-section=${key}>${body}</div>`,
      )}
    </article>`;
  }

  /** Moves focus to a section's heading (which may be inside a child widget's shadow root). */
  async #goTo(event: Event, key: string): Promise<void> {
    event.preventDefault();
    const section = this.renderRoot.querySelector<HTMLElement>(`[data-section="${key}"]`);
    if (!section) return;
    const target = await findHeading(section);
    const focusable = target ?? section;
    focusable.setAttribute('tabindex', '-1');
    focusable.focus();
    focusable.scrollIntoView?.({ block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  }

}

/** The first heading in `el` or in the open shadow root of the first widget inside it. */
async function findHeading(el: HTMLElement): Promise<HTMLElement | null> {
  const own = el.querySelector<HTMLElement>('h1, h2, h3, h4, h5, h6');
  if (own) return own;
  const child = el.firstElementChild as (HTMLElement & { updateComplete?: Promise<unknown> }) | null;
  if (!child) return null;
  await child.updateComplete;
  return child.shadowRoot?.querySelector<HTMLElement>('h1, h2, h3, h4, h5, h6') ?? null;
}

declare global {
  interface HTMLElementTagNameMap {
    'eg-summary': EgSummary;
  }
}
