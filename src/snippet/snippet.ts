/**
 * The embed-code generator: HTML a CMS editor can paste, which reads well with
 * JavaScript off or blocked (semantic headings, lists, and ratings as text) and is
 * wrapped in the custom elements, so it upgrades in place when the script loads.
 *
 * Used by the CLI (`npx evidence-guidance snippet ...`) and by Storybook's embed-code
 * builder. Pure functions over a compiled summary: no DOM, no side effects, and not part
 * of the core bundle.
 */
import { ageInYears, citeInText, DEFAULT_AGE_NOTICE_YEARS, formatDayMonthYear, formatMonthYear, hrefOf, seriesLabel } from '../content/format.js';
import { orderFindings } from '../content/order.js';
import { harvardSegments } from '../components/references/harvard.js';
import type { Finding, Reference, Summary } from '../content/types.js';
import { cy } from '../internal/locale/cy.js';
import { en, type Messages } from '../internal/locale/en.js';
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
  /** Where the page loads the script from; when given, a `<script type="module">` line is included. */
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

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[c]};`);
}

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

  const r = new Renderer(summary, lang === 'cy' ? cy : en, options.now ?? new Date());
  const body = r.widget(widget, item, level);
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
  const script = options.scriptSrc ? `<script type="module" src="${escapeHtml(options.scriptSrc)}"></script>\n` : '';
  const note = `<!-- evidence-guidance ${widget} from "${summary.meta.id}" (${summary.meta.publisherShort}, ${summary.meta.published}). Readable without JavaScript; the script upgrades it in place. -->\n`;
  return inline ? `${note}${script}<${tag}${attrText}>${body}</${tag}>\n` : `${note}${script}<${tag}${attrText}>\n${body}\n</${tag}>\n`;
}

/** Static HTML for each widget, in the library's words of one language. */
class Renderer {
  private readonly lang: string;

  constructor(
    private readonly s: Summary,
    private readonly msg: Messages,
    private readonly now: Date,
  ) {
    this.lang = s.meta.lang;
  }

  widget(widget: SnippetWidget, item: string | undefined, level: number): string {
    const s = this.s;
    const sub = Math.min(6, level + 1);
    switch (widget) {
      case 'eg-finding':
        return this.finding(this.findingById(item!), level, true);
      case 'eg-evidence-rating': {
        const f = this.findingById(item!);
        return `${this.rating(f, true)}\n${this.provenance(f.sources)}`;
      }
      case 'eg-key-findings':
        return this.section(level, this.msg.keyFindings, s.intros.findings, `${this.scaleNote()}\n${this.keyFindings(sub)}`, s.findings);
      case 'eg-evidence-caveat':
        return this.section(level, this.msg.aboutTheEvidence, '', `<p><strong>${this.msg.importantPrefix}:</strong></p>\n${this.evidence(s.caveat.html)}`, []);
      case 'eg-stakeholder-views': {
        const views = item ? s.stakeholderViews.filter((v) => v.id === item) : s.stakeholderViews;
        const m = this.msg;
        const list = views
          .map((v) =>
            [
              this.h(item ? level : sub, `${v.holders ? m.stakeholderView : m.stakeholderFinding}: ${this.inlineEvidence(v.statementHtml)}`),
              this.evidence(v.detailHtml),
              v.holders ? `<p>${m.heldBy}: <span lang="${this.lang}">${escapeHtml(v.holders)}</span></p>` : '',
              item ? `<p>${v.holders ? m.stakeholderViewNote : m.stakeholderFindingNote}</p>` : '',
            ]
              .filter(Boolean)
              .join('\n'),
          )
          .join('\n');
        return item ? `${list}\n${this.provenance(views[0]!.sources)}` : this.section(level, m.stakeholderViews, s.intros.stakeholderViews || `<p>${m.stakeholderViewNote}</p>`, list, views);
      }
      case 'eg-implications':
        return this.section(level, this.msg.implications.heading, '', this.implications(sub), s.implications);
      case 'eg-what-works':
        return this.section(level, this.msg.whatWorks, s.intros.whatWorks, `${this.scaleNote()}\n${this.whatWorks(sub)}`, s.whatWorks);
      case 'eg-evidence-gaps':
        return this.section(level, this.msg.evidenceGaps, s.intros.evidenceGaps, this.gaps(s.evidenceGaps.map((g) => g.id), sub), s.evidenceGaps);
      case 'eg-evidence-gap': {
        const gap = s.evidenceGaps.find((g) => g.id === item)!;
        return `${this.gaps([gap.id], level)}\n${this.provenance(gap.sources)}`;
      }
      case 'eg-references': {
        const refs = item ? s.references.filter((r) => r.id === item) : s.references;
        const list = `<ul>\n${refs.map((ref) => `<li>${this.reference(ref)}</li>`).join('\n')}\n</ul>`;
        return item ? list : `${this.h(level, this.msg.references)}\n${list}`;
      }
      case 'eg-provenance':
        return this.about(level);
      case 'eg-glossary-term': {
        const t = s.glossary.find((g) => g.id === item)!;
        return `<span lang="${this.lang}">${escapeHtml(t.term)}</span>`;
      }
      default:
        return this.summary(level);
    }
  }

  /** True while rendering the widgets inside `eg-summary`, which shows the provenance once for all of them. */
  private nested = false;

  private summary(level: number): string {
    this.nested = true;
    const s = this.s;
    const m = this.msg.summary;
    const sub = Math.min(6, level + 1);
    const item = Math.min(6, level + 2);
    return [
      this.h(level, `${escapeHtml(seriesLabel(s.meta))}: <span lang="${this.lang}">${escapeHtml(s.meta.title)}</span>`),
      this.about(sub),
      `${this.h(sub, m.scope)}\n${this.evidence(s.scope.html)}`,
      `${this.h(sub, m.introduction)}\n${this.evidence(s.introduction.html)}`,
      this.widget('eg-evidence-caveat', undefined, sub),
      s.context.html ? `${this.h(sub, m.context)}\n${this.evidence(s.context.html)}` : '',
      `${this.h(sub, m.findings)}\n${this.evidence(s.intros.findings)}\n${this.scaleNote()}\n${this.keyFindings(item)}`,
      this.widget('eg-stakeholder-views', undefined, sub),
      `${this.h(sub, m.implications)}\n${this.implications(item)}`,
      `${this.h(sub, m.whatWorks)}\n${this.evidence(s.intros.whatWorks)}\n${this.whatWorks(item)}`,
      `${this.h(sub, m.gaps)}\n${this.evidence(s.intros.evidenceGaps)}\n${this.gaps(s.evidenceGaps.map((g) => g.id), item)}`,
      this.widget('eg-references', undefined, sub),
      `${this.h(sub, m.glossary)}\n<p>${m.glossaryNote}</p>\n<dl>\n${s.glossary.map((t) => `<dt lang="${this.lang}">${escapeHtml(t.term)}</dt>\n<dd lang="${this.lang}">${t.definitionHtml.trim()}</dd>`).join('\n')}\n</dl>`,
    ]
      .filter(Boolean)
      .join('\n');
  }

  private findingById(id: string): Finding {
    return this.s.findings.find((f) => f.id === id)!;
  }

  private h(level: number, html: string): string {
    return `<h${level}>${html}</h${level}>`;
  }

  private evidence(html: string): string {
    return html.trim() ? `<div lang="${this.lang}">${html.trim()}</div>` : '';
  }

  private inlineEvidence(html: string): string {
    return `<span lang="${this.lang}">${html}</span>`;
  }

  /** A section widget: heading, intro, body and, shown on its own, the provenance line for the references `items` rest on. */
  private section(level: number, title: string, intro: string, body: string, items: readonly { sources: readonly string[] }[]): string {
    return [this.h(level, title), this.evidence(intro), body, this.nested ? '' : this.provenance([...new Set(items.flatMap((i) => i.sources))])]
      .filter(Boolean)
      .join('\n');
  }

  /** A grade as the widgets show it: the source's words first, then this library's reading. */
  /** `tag`: `p` on its own, `div` inside a list item (no paragraph margins, as the widget's rating has none there). */
  private rating(f: Finding, standalone = false, tag: 'p' | 'div' = 'p'): string {
    const m = this.msg;
    if (!f.grade) return `<${tag}><strong>${m.strengthOfEvidence}:</strong> ${m.notGraded} ${m.notGradedExplanation}</${tag}>`;
    const level = f.grade.level;
    return [
      `<${tag}><strong>${m.strengthOfEvidence}:</strong> <strong>“<span lang="${this.lang}">${escapeHtml(f.grade.wording)}</span>”</strong> (${m.sourceWords}); ${m.libraryReading}: ${m.levelName[level]}</${tag}>`,
      standalone ? this.scaleNote() : '',
    ]
      .filter(Boolean)
      .join('\n');
  }

  private scaleNote(): string {
    return `<p><small>${this.msg.scaleNote}</small></p>`;
  }

  private finding(f: Finding, level: number, standalone: boolean): string {
    const related = f.related.map((id) => this.s.findings.find((r) => r.id === id)).filter((r): r is Finding => !!r);
    return [
      `<article>`,
      this.h(level, this.inlineEvidence(f.statementHtml)),
      this.rating(f),
      standalone && f.grade ? this.scaleNote() : '',
      this.evidence(f.detailHtml),
      related.length
        ? `<p><strong>${this.msg.readWith}:</strong></p>\n<ul>\n${related.map((r) => `<li>\n<div>${this.inlineEvidence(r.statementHtml)}</div>\n${this.rating(r, false, 'div')}\n</li>`).join('\n')}\n</ul>`
        : '',
      standalone ? this.provenance(f.sources) : '',
      `</article>`,
    ]
      .filter(Boolean)
      .join('\n');
  }

  private keyFindings(level: number): string {
    const ordered = orderFindings(this.s.findings);
    const label = (f: Finding) => (f.headline ? `<p><strong>${this.msg.overallConclusion}</strong></p>\n` : '');
    return `<ul>\n${ordered.map((f) => `<li>\n${label(f)}${this.finding(f, level, false)}\n</li>`).join('\n')}\n</ul>`;
  }

  private implications(level: number): string {
    const m = this.msg.implications;
    const s = this.s;
    const item = Math.min(6, level + 1);
    return (['local', 'national'] as const)
      .map((audience) => {
        const items = s.implications.filter((i) => i.audience === audience);
        const intro = audience === 'local' ? s.intros.implicationsLocal : s.intros.implicationsNational;
        return [
          this.h(level, audience === 'local' ? m.forLocal : m.forNational),
          this.evidence(intro),
          `<ul>\n${items
            .map((i) => {
              const points = i.pointsHtml.length ? `\n<ul>${i.pointsHtml.map((p) => `<li lang="${this.lang}">${p}</li>`).join('')}</ul>` : '';
              return `<li>\n${this.h(item, this.inlineEvidence(i.statementHtml))}\n${this.evidence(i.preambleHtml)}${points}\n</li>`;
            })
            .join('\n')}\n</ul>`,
        ]
          .filter(Boolean)
          .join('\n');
      })
      .join('\n');
  }

  private whatWorks(level: number): string {
    const s = this.s;
    return `<ul>\n${s.whatWorks
      .map((w) => {
        const findings = w.restsOn.map((id) => this.findingById(id)).map((f) => `<li>${this.inlineEvidence(f.statementHtml)}\n${this.rating(f)}</li>`).join('');
        const related = w.related
          .map((id) => s.references.find((r) => r.id === id))
          .filter((r): r is Reference => !!r)
          .map((r) => `<li>${r.topic || r.title ? `<span lang="${this.lang}">${escapeHtml((r.topic || r.title)!)}</span>: ` : ''}${this.citation(r)}</li>`)
          .join('');
        return [
          `<li>`,
          this.h(level, this.inlineEvidence(w.statementHtml)),
          this.evidence(w.detailHtml),
          findings ? `<p>${this.msg.restsOnFindings}:</p>\n<ul>${findings}</ul>` : '',
          related ? `<p>${this.msg.relatedReviews}:</p>\n<ul>${related}</ul>` : '',
          `</li>`,
        ]
          .filter(Boolean)
          .join('\n');
      })
      .join('\n')}\n</ul>`;
  }

  private gaps(ids: readonly string[], level: number): string {
    return ids
      .map((id) => this.s.evidenceGaps.find((g) => g.id === id)!)
      .map((g) => `${this.h(level, `<strong>${this.msg.evidenceGapPrefix}:</strong> ${this.inlineEvidence(g.statementHtml)}`)}\n${this.evidence(g.detailHtml)}`)
      .filter(Boolean)
      .join('\n');
  }

  private citation(ref: Reference): string {
    const href = hrefOf(ref.url);
    const text = escapeHtml(citeInText(ref));
    const year = /\d{4}/.exec(ref.accessed ?? '')?.[0] ?? this.s.meta.published.slice(0, 4);
    return href
      ? `<a href="${escapeHtml(href)}" lang="${this.lang}">${text}</a> (${this.msg.linkFrom2009(year)})`
      : `<span lang="${this.lang}">${text}</span>`;
  }

  /** A reference as `<eg-references>` shows it: its role, the Harvard citation, and the note on an old link. */
  private reference(ref: Reference): string {
    const href = hrefOf(ref.url);
    const citation = harvardSegments(ref)
      .map((seg) => (seg.kind === 'title' ? `<cite>${escapeHtml(seg.text)}</cite>` : seg.kind === 'url' && href ? `<a href="${escapeHtml(href)}">${escapeHtml(seg.text)}</a>` : escapeHtml(seg.text)))
      .join('');
    const year = /\d{4}/.exec(ref.accessed ?? '')?.[0] ?? this.s.meta.published.slice(0, 4);
    return [
      `<p><strong>${this.msg.referenceRole[ref.role]}</strong></p>`,
      `<p lang="${this.lang}">${citation}</p>`,
      ref.url ? `<p><small>(${this.msg.linkFrom2009(year)})</small></p>` : '',
    ]
      .filter(Boolean)
      .join('\n');
  }

  private provenance(sources: readonly string[]): string {
    const meta = this.s.meta;
    const refs = (sources.length ? sources : [meta.basedOn])
      .map((id) => this.s.references.find((r) => r.id === id))
      .filter((r): r is Reference => !!r);
    const published = formatMonthYear(meta.published, this.msg.months, this.msg.monthYear);
    const based = refs.length ? `, ${this.msg.basedOn} ${refs.map((r) => this.citation(r)).join(', ')}` : '';
    const age = this.ageNotice();
    return `<p><small>${this.msg.source}: <span lang="${this.lang}">${escapeHtml(meta.publisherShort)}</span> (${published}), <cite lang="${this.lang}">${escapeHtml(seriesLabel(meta))}</cite>${based}.${age ? ` <strong>${age}</strong>` : ''}</small></p>`;
  }

  /** The age notice, as the widgets show it once the summary is old enough. */
  private ageNotice(): string | undefined {
    const meta = this.s.meta;
    const age = ageInYears(meta.published, this.now);
    return age !== undefined && age >= DEFAULT_AGE_NOTICE_YEARS ? this.msg.ageNotice(formatMonthYear(meta.published, this.msg.months, this.msg.monthYear), age) : undefined;
  }

  private about(level: number): string {
    const meta = this.s.meta;
    const m = this.msg;
    const basedOn = this.s.references.find((r) => r.id === meta.basedOn);
    const age = this.ageNotice();
    return [
      this.h(level, m.aboutThisSummary),
      age ? `<p><strong>${age}</strong></p>` : '',
      `<dl>`,
      `<dt>${m.publisher}</dt><dd lang="${this.lang}">${escapeHtml(meta.publisher)} (${escapeHtml(meta.publisherShort)})</dd>`,
      `<dt>${m.published}</dt><dd>${formatMonthYear(meta.published, m.months, m.monthYear)}</dd>`,
      `<dt>${m.series}</dt><dd lang="${this.lang}">${escapeHtml(seriesLabel(meta))}</dd>`,
      basedOn
        ? `<dt>${m.basedOnLabel}</dt><dd>${basedOn.title || basedOn.topic ? `<cite lang="${this.lang}">${escapeHtml((basedOn.title || basedOn.topic)!)}</cite>, ` : ''}${this.citation(basedOn)}</dd>`
        : '',
      meta.lastReviewed ? `<dt>${m.checkedAgainstSource}</dt><dd>${formatDayMonthYear(meta.lastReviewed, m.months, m.dayMonthYear)}</dd>` : '',
      `<dt>${m.copyright}</dt><dd lang="${this.lang}">${escapeHtml(meta.copyright)}</dd>`,
      `<dt>${m.howToCite}</dt><dd lang="${this.lang}">${escapeHtml(meta.citation)}</dd>`,
      `</dl>`,
    ]
      .filter(Boolean)
      .join('\n');
  }
}
