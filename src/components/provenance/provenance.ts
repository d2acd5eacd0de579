import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { formatMonthYear, seriesLabel } from '../../content/format.js';
import type { Summary } from '../../content/types.js';
import { DEFAULT_HEADING_LEVEL, renderHeading } from '../../internal/heading.js';
import type { Messages } from '../../internal/locale/en.js';
import { renderReferenceLink } from '../../internal/provenance-line.js';
import { EgElement } from '../../internal/eg-element.js';
import { base } from '../../styles/base.js';
import { provenanceStyles } from './provenance.styles.js';

/** A clock: a fixed date, or a function that returns the current date. */
export type Clock = Date | (() => Date);

/** The default for `age-notice-years`. */
export const DEFAULT_AGE_NOTICE_YEARS = 2;

/**
 * Whole years between a `YYYY-MM` publication month and `now` (counted in months,
 * so March 2009 to February 2011 is 1 year). Undefined when `published` is not `YYYY-MM`.
 */
export function ageInYears(published: string, now: Date): number | undefined {
  const match = /^(\d{4})-(\d{2})/.exec(published);
  if (!match) return undefined;
  const months = (now.getFullYear() - Number(match[1])) * 12 + (now.getMonth() + 1 - Number(match[2]));
  return Math.max(0, Math.floor(months / 12));
}

/** "2026-11-29" as "29 November 2026" with the given month names; anything else as given. */
function formatDayMonthYear(date: string, msg: Messages): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const month = match ? msg.months[Number(match[2]) - 1] : undefined;
  return match && month ? msg.dayMonthYear(Number(match[3]), month, match[1]!) : date;
}

let ids = 0;

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


  /** Level (1-6) of the section heading. Inline content keeps the author's headings. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = DEFAULT_HEADING_LEVEL;

  /** Show the age notice once the summary is this many whole years old or more (a whole number, 1 or more). */
  @property({ type: Number, attribute: 'age-notice-years' }) ageNoticeYears = DEFAULT_AGE_NOTICE_YEARS;

  /**
   * The clock the age notice is worked out from: a `Date`, or a function returning
   * one. Default: the real clock. Set it (as a property) to preview or test the
   * widget at another date: `el.now = new Date('2010-01-15')`.
   */
  @property({ attribute: false }) now: Clock = () => new Date();

  private readonly headingId = `eg-provenance-${++ids}`;

  /** The current date from the `now` clock. */
  private currentDate(): Date {
    const date = typeof this.now === 'function' ? this.now() : this.now;
    return date instanceof Date && !Number.isNaN(date.getTime()) ? date : new Date();
  }

  protected override attributeProblem() {
    const years = this.ageNoticeYears;
    if (Number.isInteger(years) && years >= 1) return undefined;
    const value = this.getAttribute('age-notice-years') ?? String(years);
    return this.problem(
      this.msg.invalidValue('age-notice-years', value, '1, 2, 3…'),
      `"${value}" is not a valid age-notice-years. Valid values: a whole number of years, 1 or more.`,
    );
  }

  protected override renderSummary(summary: Summary) {
    const msg = this.locale.msg;
    const { meta } = summary;
    const lang = meta.lang;
    const published = formatMonthYear(meta.published, msg.months, msg.monthYear);
    const age = ageInYears(meta.published, this.currentDate());
    const basedOn = summary.references.find((r) => r.id === meta.basedOn);
    return html`<section part="provenance" aria-labelledby=${this.headingId}>
      ${renderHeading(this.headingLevel, msg.aboutThisSummary, { id: this.headingId })}
      ${age !== undefined && age >= this.ageNoticeYears
        ? html`<p class="age-notice" part="age-notice">${msg.ageNotice(published, age)}</p>`
        : nothing}
      <dl part="details">
        <div>
          <dt>${msg.publisher}</dt>
          <dd><span lang=${lang}>${meta.publisher} (${meta.publisherShort})</span></dd>
        </div>
        <div>
          <dt>${msg.published}</dt>
          <dd><time datetime=${meta.published}>${published}</time></dd>
        </div>
        <div>
          <dt>${msg.series}</dt>
          <dd><span lang=${lang}>${seriesLabel(meta)}</span></dd>
        </div>
        ${basedOn
          ? html`<div>
              <dt>${msg.basedOnLabel}</dt>
              <dd>
                ${basedOn.title || basedOn.topic ? html`<cite lang=${lang}>${basedOn.title || basedOn.topic}</cite>, ` : nothing}${renderReferenceLink(basedOn, summary, msg)}
              </dd>
            </div>`
          : nothing}
        <div>
          <dt>${msg.lastReviewed}</dt>
          <dd><time datetime=${meta.lastReviewed}>${formatDayMonthYear(meta.lastReviewed, msg)}</time></dd>
        </div>
        <div>
          <dt>${msg.copyright}</dt>
          <dd><span lang=${lang}>${meta.copyright}</span></dd>
        </div>
        <div>
          <dt>${msg.howToCite}</dt>
          <dd><span class="citation" part="citation" lang=${lang}>${meta.citation}</span></dd>
        </div>
      </dl>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'eg-provenance': EgProvenance;
  }
}
