import { html, nothing, type TemplateResult } from 'lit';
import { ageInYears, citeInText, DEFAULT_AGE_NOTICE_YEARS, formatMonthYear, hrefOf, seriesLabel } from '../content/format.js';
import type { Reference, Summary } from '../content/types.js';
import type { Messages } from './locale/en.js';

/** The year an address was given in (its accessed date), or the summary's year. */
export function linkYear(ref: Reference, summary: Summary): string {
  return /\d{4}/.exec(ref.accessed ?? '')?.[0] ?? summary.meta.published.slice(0, 4);
}

/** A reference as an in-text citation, linked to its address as the source gives it. */
export function renderReferenceLink(ref: Reference, summary: Summary, msg: Messages): TemplateResult {
  const href = hrefOf(ref.url);
  const lang = summary.meta.lang;
  const text = citeInText(ref);
  return href
    ? html`<a href=${href} lang=${lang}>${text}</a> <small class="link-note">(${msg.linkFrom2009(linkYear(ref, summary))})</small>`
    : html`<span lang=${lang}>${text}</span>`;
}

/** Anything that rests on references: a finding, a view, a gap... */
export interface Sourced {
  sources: readonly string[];
}

/**
 * "Published March 2009 (17 years ago); newer evidence may exist." once the summary is
 * `minYears` (default `DEFAULT_AGE_NOTICE_YEARS`) or more old on `now`; else undefined.
 */
export function ageNoticeText(summary: Summary, msg: Messages, now = new Date(), minYears = DEFAULT_AGE_NOTICE_YEARS): string | undefined {
  const age = ageInYears(summary.meta.published, now);
  if (age === undefined || age < minYears) return undefined;
  return msg.ageNotice(formatMonthYear(summary.meta.published, msg.months, msg.monthYear), age);
}

/**
 * The compact provenance line that travels with any item shown on its own:
 * "Source: C4EO (March 2009), Early Years progress map summary no. 3, based on
 * Siraj-Blatchford and Siraj-Blatchford (2009a)", linked to the reference, then the
 * age notice ("Published March 2009 (17 years ago); newer evidence may exist."), so that
 * no part of an old summary is shown on its own without its age.
 * It names the references `items` rest on, each once (default: the review the summary is based on).
 */
export function renderProvenanceLine(summary: Summary, msg: Messages, items: readonly Sourced[] = [], now?: Date): TemplateResult {
  const { meta } = summary;
  const ids = new Set(items.flatMap((item) => item.sources));
  const refs = (ids.size ? [...ids] : [meta.basedOn])
    .map((rid) => summary.references.find((r) => r.id === rid))
    .filter((r): r is Reference => r !== undefined);
  const published = formatMonthYear(meta.published, msg.months, msg.monthYear);
  const age = ageNoticeText(summary, msg, now);
  return html`<p class="provenance" part="provenance"><small>
    ${msg.source}: <span lang=${meta.lang}>${meta.publisherShort}</span> (${published}),
    <cite lang=${meta.lang}>${seriesLabel(meta)}</cite>${refs.length
      ? html`, ${msg.basedOn} ${refs.map((ref, i) => html`${i ? ', ' : ''}${renderReferenceLink(ref, summary, msg)}`)}`
      : nothing}.
    ${age ? html`<strong class="age" part="age-notice">${age}</strong>` : nothing}
  </small></p>`;
}
