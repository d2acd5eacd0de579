import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { contentHtml } from '../../internal/content-html.js';
import { seriesLabel } from '../../content/format.js';
import type { Summary as SummaryData } from '../../content/types.js';
import { clampHeadingLevel, DEFAULT_HEADING_LEVEL, renderHeading } from '../../internal/heading.js';
import { EgElement } from '../../internal/eg-element.js';
import { base } from '../../styles/base.js';
import { summaryStyles } from './summary.styles.js';

let ids = 0;

/**
 * A whole evidence summary: its title, provenance, the caveat about the evidence,
 * the headline finding, key findings, stakeholder views, implications, what works,
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


  /** Level (1-6) of the summary's title; sections are one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = DEFAULT_HEADING_LEVEL;

  private readonly idPrefix = `eg-summary-${++ids}`;

  protected override renderSummary(summary: SummaryData): TemplateResult {
    const msg = this.locale.msg;
    const s = msg.summary;
    const level = clampHeadingLevel(this.headingLevel);
    const sub = clampHeadingLevel(level, 1);
    const item = clampHeadingLevel(level, 2);
    const lang = summary.meta.lang;
    const id = summary.meta.id;
    const headline = summary.findings.filter((f) => f.headline);

    const sections: Array<{ key: string; title: string; body: TemplateResult }> = [
      { key: 'about', title: s.about, body: html`<eg-provenance summary=${id} heading-level=${sub}></eg-provenance>` },
      {
        key: 'scope',
        title: s.scope,
        body: html`${renderHeading(sub, s.scope)}<div lang=${lang}>${contentHtml(summary.scope.html)}</div>`,
      },
      {
        key: 'introduction',
        title: s.introduction,
        body: html`${renderHeading(sub, s.introduction)}<div lang=${lang}>${contentHtml(summary.introduction.html)}</div>`,
      },
      { key: 'caveat', title: s.caveat, body: html`<eg-evidence-caveat summary=${id} heading-level=${sub}></eg-evidence-caveat>` },
      {
        key: 'headline',
        title: s.headline,
        body: html`${renderHeading(sub, s.headline)}
          ${headline.map((f) => html`<eg-finding summary=${id} finding=${f.id} heading-level=${item}></eg-finding>`)}`,
      },
      { key: 'findings', title: s.findings, body: html`<eg-key-findings summary=${id} heading-level=${sub}></eg-key-findings>` },
      { key: 'views', title: s.views, body: html`<eg-stakeholder-views summary=${id} heading-level=${sub}></eg-stakeholder-views>` },
      { key: 'implications', title: s.implications, body: html`<eg-implications summary=${id} heading-level=${sub}></eg-implications>` },
      { key: 'what-works', title: s.whatWorks, body: html`<eg-what-works summary=${id} heading-level=${sub}></eg-what-works>` },
      { key: 'gaps', title: s.gaps, body: html`<eg-evidence-gaps summary=${id} heading-level=${sub}></eg-evidence-gaps>` },
      { key: 'references', title: s.references, body: html`<eg-references summary=${id} heading-level=${sub}></eg-references>` },
      {
        key: 'glossary',
        title: s.glossary,
        body: html`${renderHeading(sub, s.glossary)}
          <p class="note">${s.glossaryNote}</p>
          <dl class="glossary">
            ${summary.glossary.map(
              (t) => html`<dt lang=${lang}>${t.term}</dt>
                <dd lang=${lang}>${contentHtml(t.definitionHtml)}</dd>`,
            )}
          </dl>`,
      },
    ];
    const contentsId = `${this.idPrefix}-contents`;
    return html`<article aria-labelledby=${`${this.idPrefix}-title`}>
      ${renderHeading(
        level,
        html`<span class="series">${seriesLabel(summary.meta)}</span><span lang=${lang}>${summary.meta.title}</span>`,
        { id: `${this.idPrefix}-title`, part: 'title', className: 'title' },
      )}
      <nav part="contents" aria-labelledby=${contentsId}>
        ${renderHeading(sub, s.contents, { id: contentsId })}
        <ol>
          ${sections.map(
            (sec) => html`<li><a href=${`#${this.idPrefix}-${sec.key}`} @click=${(e: Event) => this.goTo(e, sec.key)}>${sec.title}</a></li>`,
          )}
        </ol>
      </nav>
      ${sections.map(
        (sec) => html`<div class="section" part="section" id=${`${this.idPrefix}-${sec.key}`} data-section=${sec.key}>${sec.body}</div>`,
      )}
      ${nothing}
    </article>`;
  }

  /** Moves focus to a section's heading (which may be inside a child widget's shadow root). */
  private async goTo(event: Event, key: string): Promise<void> {
    event.preventDefault();
    const section = this.renderRoot.querySelector<HTMLElement>(`[data-section="${key}"]`);
    if (!section) return;
    const target = await findHeading(section);
    const focusable = target ?? section;
    focusable.setAttribute('tabindex', '-1');
    focusable.focus();
    focusable.scrollIntoView?.({ block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  }

  /** Focuses the section with `key` ("findings", "implications"...), as the contents list does. */
  focusSection(key: string): Promise<void> {
    return this.goTo(new Event('navigate', { cancelable: true }), key);
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
