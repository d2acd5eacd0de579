import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { View } from '../../internal/view.js';
import { DEFAULT_AGE_NOTICE_YEARS, formatDayMonthYear, formatMonthYear, seriesLabel } from '../../content/format.js';
import type { Summary } from '../../content/types.js';
import { DEFAULT_HEADING_LEVEL } from '../../internal/heading.js';
import { ageNoticeText, renderReferenceLink } from '../../internal/provenance-line.js';
import { renderSection } from '../../internal/section.js';
import { EgElement } from '../../internal/eg-element.js';
import { base } from '../../styles/base.js';
import { provenanceStyles } from './provenance.styles.js';

/** A clock: a fixed date, or a function that returns the current date. */
export type Clock = Date | (() => Date);

export { ageInYears, DEFAULT_AGE_NOTICE_YEARS } from '../../content/format.js';

/**
 * Where an evidence summary comes from and how old it is: publisher, publication date,
 * series and number, the review it is based on, when this library last checked it
 * against the source, copyright, and how to cite it.
 *
 * An age notice is worked out when the widget renders: once the summary is
 * `age-notice-years` or more years old (default 2), it says when the summary was
 * published, how many years ago, and that newer evidence may exist. The clock is the
 * `now` property, which tests and previews can set.
 *
 * Two ways to use it:
 *
 * - From bundled content: `<eg-provenance summary="early-years-integration">`.
 * - Inline, written into the page so it reads before and without JavaScript: put the
 *   heading and details inside the element. The author's headings are kept as written.
 *
 * A bad `summary` or `age-notice-years` never throws: the widget shows a message naming
 * the value and logs one console warning listing the valid values.
 *
 * @summary Where an evidence summary comes from, and a notice when it is old.
 * @tagname eg-provenance
 *
 * @slot - Inline provenance content (used when `summary` is not set).
 *
 * @csspart provenance - The section holding everything.
 * @csspart heading - The section heading.
 * @csspart age-notice - The notice that the summary is old and newer evidence may exist.
 * @csspart details - The list of publisher, dates, series, review, copyright and citation.
 * @csspart citation - How to cite the summary.
 * @csspart problem - The message shown for a bad value or a failed load.
 *
 * @cssprop --eg-provenance-notice-border-color - The border beside the age notice (default: --eg-color-accent).
 * @cssprop --eg-provenance-notice-background - The age notice's background (default: --eg-color-surface).
 */
export class EgProvenance extends EgElement {
  static override styles = [base, provenanceStyles];
  static override properties: PropertyDeclarations = {
    headingLevel: { type: Number, attribute: 'heading-level' },
    ageNoticeYears: { type: Number, attribute: 'age-notice-years' },
    now: { attribute: false },
  };

  /** Level (1-6) of the section heading. Inline content keeps the author's headings. */
  headingLevel = DEFAULT_HEADING_LEVEL;

  /** Show the age notice once the summary is this many whole years old or more (a whole number, 1 or more). */
  ageNoticeYears = DEFAULT_AGE_NOTICE_YEARS;

  /**
   * The clock the age notice is worked out from: a `Date`, or a function returning
   * one. Default: the real clock. Set it (as a property) to preview or test the
   * widget at another date: `el.now = new Date('2010-01-15')`.
   */
  now: Clock = () => new Date();

  /** The current date from the `now` clock. */
  #currentDate(): Date {
    const date = typeof this.now === 'function' ? this.now() : this.now;
    return date instanceof Date && !Number.isNaN(date.getTime()) ? date : new Date();
  }

  protected override attributeProblem() {
    const years = this.ageNoticeYears;
    if (Number.isInteger(years) && years >= 1) return undefined;
    const value = this.getAttribute('age-notice-years') ?? String(years);
    return this.problem((m) => m.invalidValue('age-notice-years', value, '1, 2, 3…'));
  }

  protected override renderSummary(summary: Summary) {
    return provenanceView(summary, { ...this.ctx, now: this.#currentDate() }, this.headingLevel, this.ageNoticeYears);
  }
}

/** The provenance markup: the age notice (once the summary is `ageNoticeYears` old) and the details. */
export function provenanceView(summary: Summary, v: View, level: number, ageNoticeYears = DEFAULT_AGE_NOTICE_YEARS): TemplateResult {
  const msg = v.msg;
  const { meta } = summary;
  const lang = meta.lang;
  const published = formatMonthYear(meta.published, msg.months, msg.monthYear);
  const age = ageNoticeText(summary, msg, v.now, ageNoticeYears);
  const basedOn = summary.references.find((r) => r.id === meta.basedOn);
  const text = (value: string) => html`<span lang=${lang}>${value}</span>`;
  const basedOnTitle = basedOn && (basedOn.title || basedOn.topic);
  const basedOnLink = basedOn && renderReferenceLink(basedOn, summary, msg);
  // The details, each as its label and its value; a row without a value is left out.
  // (The space after the comma is inside the template: a template's trailing space is minified away.)
  const rows: Array<[label: string, value: unknown]> = [
    [msg.publisher, text(`${meta.publisher} (${meta.publisherShort})`)],
    [msg.published, html`<time datetime=${meta.published}>${published}</time>`],
    [msg.series, text(seriesLabel(meta))],
    [msg.basedOnLabel, basedOnTitle ? html`<cite lang=${lang}>${basedOnTitle}</cite>, ${basedOnLink}` : basedOnLink],
    [msg.checkedAgainstSource, html`<time datetime=${meta.lastReviewed}>${formatDayMonthYear(meta.lastReviewed, msg.months, msg.dayMonthYear)}</time>`],
    [msg.copyright, text(meta.copyright)],
    [msg.howToCite, html`<span class="citation" part="citation" lang=${lang}>${meta.citation}</span>`],
  ];
  return renderSection(
    'provenance',
    `${v.id}-heading`,
    level,
    msg.aboutThisSummary,
    html`${age ? html`<p class="age-notice bar" part="age-notice">${age}</p>` : nothing}
      <dl class="details" part="details">${rows.map(([label, value]) => (value ? html`<div><dt>${label}</dt><dd>${value}</dd></div>` : nothing))}</dl>`,
  );
}

declare global {
  interface HTMLElementTagNameMap {
    'eg-provenance': EgProvenance;
  }
}
