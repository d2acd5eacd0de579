import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { contentHtml } from '../../internal/content-html.js';
import { seriesLabel } from '../../content/format.js';
import type { Summary as SummaryData } from '../../content/types.js';
import { clampHeadingLevel, DEFAULT_HEADING_LEVEL, renderHeading } from '../../internal/heading.js';
import { EgElement } from '../../internal/eg-element.js';
import type { View } from '../../internal/view.js';
import { evidenceCaveatView } from '../evidence-caveat/evidence-caveat.js';
import { evidenceGapsView } from '../evidence-gaps/evidence-gaps.js';
import { AudienceChoice, implicationsView } from '../implications/implications.js';
import { keyFindingsView } from '../key-findings/key-findings.js';
import { provenanceView } from '../provenance/provenance.js';
import { CitationCopier, referencesView } from '../references/references.js';
import { stakeholderViewsView } from '../stakeholder-views/stakeholder-views.js';
import { whatWorksView } from '../what-works/what-works.js';
import { base } from '../../styles/base.js';
import { summaryStyles } from './summary.styles.js';
import { noticeStyles } from '../../styles/notice.js';
import { ratingViewStyles } from '../evidence-rating/evidence-rating.styles.js';
import { findingStyles } from '../finding/finding.styles.js';
import { keyFindingsStyles } from '../key-findings/key-findings.styles.js';
import { provenanceStyles } from '../provenance/provenance.styles.js';
import { evidenceCaveatStyles } from '../evidence-caveat/evidence-caveat.styles.js';
import { stakeholderViewsStyles } from '../stakeholder-views/stakeholder-views.styles.js';
import { whatWorksStyles } from '../what-works/what-works.styles.js';
import { evidenceGapsStyles } from '../evidence-gaps/evidence-gaps.styles.js';
import { implicationsStyles } from '../implications/implications.styles.js';
import { referencesStyles } from '../references/references.styles.js';

/**
 * A whole evidence summary: its title, provenance, the caveat about the evidence, the
 * policy context it was written in (when the summary has one), the key findings (opening
 * with the summary's overall conclusion, labelled, and the note that the levels are this
 * library's reading), key findings, stakeholder views, implications, what works,
 * gaps in the evidence, references and glossary, with a contents list that moves
 * focus to each section.
 *
 * Each section is what the widget that shows it on its own (`<eg-key-findings>`...) shows,
 * with the same controls (the audience switch, the copy buttons) and events, all in the
 * summary's one shadow root, with its heading one level below the summary's title (items
 * two levels below), clamped at 6.
 *
 * Its first render shows the title and the contents, and the sections follow two frames later
 * (at once when it takes a pasted snippet's place); `updateComplete` settles once they are there.
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
 *
 * @fires {AudienceChangeEvent} eg-audience-change - The reader chose an audience with the implications' switch; `event.audience` is `all`, `local` or `national`.
 * @fires {ReferenceFollowEvent} eg-reference-follow - The reader followed a reference's link; `event.referenceId`, `event.href`.
 * @fires {CitationCopyEvent} eg-citation-copy - A citation was copied; `event.referenceId`, `event.citation`, `event.method` (`clipboard` or `fallback`).
 */
export class EgSummary extends EgElement {
  static override styles = [
    base,
    noticeStyles,
    ratingViewStyles,
    findingStyles,
    keyFindingsStyles,
    provenanceStyles,
    evidenceCaveatStyles,
    stakeholderViewsStyles,
    whatWorksStyles,
    evidenceGapsStyles,
    implicationsStyles,
    referencesStyles,
    summaryStyles,
  ];
  static override properties: PropertyDeclarations = {
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** Level (1-6) of the summary's title; sections are one level below. */
  headingLevel = DEFAULT_HEADING_LEVEL;

  readonly #choice = new AudienceChoice(this);
  readonly #copier = new CitationCopier(this);
  /** After a first render of only the title and the contents (see `renderSummary`): settles once the sections have rendered. */
  #rest?: Promise<boolean>;

  /**
   * The first render shows the title and the contents, and the sections two frames later: the
   * reader sees the summary start as soon as a static page would show it, and the page is not
   * held up laying out every section first. A widget holding a pasted snippet renders it all
   * at once, replacing the snippet in one step.
   */
  protected override renderSummary(summary: SummaryData): TemplateResult {
    const head = !this.#rest && !this.childElementCount;
    if (head) this.#rest = new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))).then(() => (this.requestUpdate(), super.getUpdateComplete()));
    return summaryView(summary, this.ctx, { level: this.headingLevel, goTo: (e, key) => this.#goTo(e, key), choice: this.#choice, copier: this.#copier, head });
  }

  /** Also waits for the sections, after a first render of only the title and the contents. */
  protected override async getUpdateComplete(): Promise<boolean> {
    return (await super.getUpdateComplete()) && (this.#rest ?? true);
  }

  /** Moves focus to a section's heading. */
  #goTo(event: Event, key: string): void {
    event.preventDefault();
    const section = this.renderRoot.querySelector<HTMLElement>(`[data-section="${key}"]`);
    const target = section?.querySelector<HTMLElement>('h1, h2, h3, h4, h5, h6') ?? section;
    if (!target) return;
    target.setAttribute('tabindex', '-1');
    target.focus();
    // At once, not smoothly: no motion to turn off for readers who reduce it.
    target.scrollIntoView?.({ block: 'start' });
  }
}

/** What `<eg-summary>` shows besides the content. */
export interface SummaryOptions {
  /** Level of the summary's title; sections are one below. */
  level: number;
  /** A contents link was followed: move focus to the section (live only). */
  goTo?: (event: Event, key: string) => void;
  /** The implications' audience switch (live only). */
  choice?: AudienceChoice;
  /** The references' copy buttons (live only). */
  copier?: CitationCopier;
  /** Only the title and the contents: the first frame of a widget's first render (live only). */
  head?: boolean;
}

/**
 * The whole summary's markup: title, contents and every section in the source's order, each
 * section the markup of the widget that shows it on its own (its view), all in one shadow
 * root, with headings one level below the title (items two below), clamped at 6.
 */
export function summaryView(summary: SummaryData, v: View, o: SummaryOptions): TemplateResult {
  const s = v.msg.summary;
  const level = clampHeadingLevel(o.level);
  const sub = clampHeadingLevel(level, 1);
  const lang = summary.meta.lang;
  // Sections show no provenance line of their own: "About this summary" says it once.
  const inner = (key: string): View => ({ ...v, id: `${v.id}-${key}`, standalone: false });

  // Each section: its key (the id of its place in the page, for `focusSection`), its title in
  // the contents list, and what it shows.
  const prose = (title: string, proseHtml: string) => html`${renderHeading(sub, title)}<div lang=${lang}>${contentHtml(proseHtml)}</div>`;
  const sections: Array<[key: string, title: string, body: () => TemplateResult]> = [
    ['about', s.about, () => provenanceView(summary, inner('about'), sub)],
    ['scope', s.scope, () => prose(s.scope, summary.scope.html)],
    ['introduction', s.introduction, () => prose(s.introduction, summary.introduction.html)],
    ['caveat', v.msg.aboutTheEvidence, () => evidenceCaveatView(summary, inner('caveat'), sub)],
    ...(summary.context.html ? [['context', s.context, () => prose(s.context, summary.context.html)] as [string, string, () => TemplateResult]] : []),
    ['findings', v.msg.keyFindings, () => keyFindingsView(summary, inner('findings'), { level: sub })],
    ['views', s.views, () => stakeholderViewsView(summary, inner('views'), sub)],
    ['implications', v.msg.implications.heading, () => implicationsView(summary, inner('implications'), { level: sub, audience: 'all', choice: o.choice })],
    ['what-works', v.msg.whatWorks, () => whatWorksView(summary, inner('what-works'), sub)],
    ['gaps', v.msg.evidenceGaps, () => evidenceGapsView(summary, inner('gaps'), sub)],
    ['references', v.msg.references, () => referencesView(summary, inner('references'), { level: sub, copier: o.copier })],
    [
      'glossary',
      s.glossary,
      () => html`${renderHeading(sub, s.glossary)}
        <p class="note">${s.glossaryNote}</p>
        <dl class="glossary">
          ${summary.glossary.map(
            (t) => html`<dt lang=${lang}>${t.term}</dt>
              <dd lang=${lang}>${contentHtml(t.definitionHtml)}</dd>`,
          )}
        </dl>`,
    ],
  ];
  const contentsId = `${v.id}-contents`;
  return html`<article aria-labelledby=${`${v.id}-title`}>
    ${renderHeading(
      level,
      html`<small class="series">${seriesLabel(summary.meta)}<span class="visually-hidden">: </span></small><span lang=${lang}>${summary.meta.title}</span>`,
      { id: `${v.id}-title`, part: 'title', className: 'title' },
    )}
    <nav part="contents" aria-labelledby=${contentsId}>
      ${renderHeading(sub, s.contents, { id: contentsId })}
      <ol>
        ${sections.map(([key, title]) => html`<li><a href=${`#${v.id}-${key}`} @click=${(e: Event) => o.goTo?.(e, key)}>${title}</a></li>`)}
      </ol>
    </nav>
    ${o.head ? nothing : sections.map(([key, , body]) => html`<div class="section" part="section" id=${`${v.id}-${key}`} data-section=${key}>${body()}</div>`)}
  </article>`;
}

// The events it fires, from the widgets whose controls it renders (for its React wrapper and its types).
export { AudienceChangeEvent } from '../implications/implications.js';
export { CitationCopyEvent, ReferenceFollowEvent } from '../references/references.js';

declare global {
  interface HTMLElementTagNameMap {
    'eg-summary': EgSummary;
  }
}
