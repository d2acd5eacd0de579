/**
 * Plain functions that turn content into the short texts widgets show:
 * in-text citations, dates and link addresses. No DOM, no side effects.
 */
import type { Reference, SummaryMeta } from './types.js';

/** The surname part of "Surname, I." (or the whole name when it has no comma). */
export function surname(author: string): string {
  return author.split(',')[0]!.trim();
}

/** Harvard in-text form: "Lord et al (2008)", "Siraj-Blatchford and Siraj-Blatchford (2009a)". */
export function citeInText(ref: Reference): string {
  const names = ref.authors.map(surname);
  const who =
    names.length === 0 ? '' : names.length === 1 ? names[0]! : names.length === 2 ? `${names[0]} and ${names[1]}` : `${names[0]} et al`;
  return `${who} (${ref.year})`;
}

/**
 * An address the source printed, as an href. Addresses given without a scheme
 * ("www.example.org/x") get `http://`; anything that is not http(s) gives undefined.
 */
export function hrefOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const trimmed = url.trim();
  if (/^https?:\/\//i.test(trimmed)) return trimmed;
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return undefined;
  return `http://${trimmed}`;
}

/** "2009-03" as "March 2009" with the given month names (Welsh names live in the Welsh module). */
export function formatMonthYear(yyyyMm: string, months: readonly string[], pattern: (month: string, year: string) => string): string {
  const match = /^(\d{4})-(\d{2})/.exec(yyyyMm);
  if (!match) return yyyyMm;
  const month = months[Number(match[2]) - 1];
  return month ? pattern(month, match[1]!) : yyyyMm;
}

/** "Early Years progress map summary no. 3" */
export function seriesLabel(meta: SummaryMeta): string {
  return `${meta.series} no. ${meta.number}`;
}

/** The default for `age-notice-years`: the age from which widgets say how old a summary is. */
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

/** "2026-11-29" as "29 November 2026" with the given month names and pattern; anything else as given. */
export function formatDayMonthYear(date: string, months: readonly string[], pattern: (day: number, month: string, year: string) => string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const month = match ? months[Number(match[2]) - 1] : undefined;
  return match && month ? pattern(Number(match[3]), month, match[1]!) : date;
}
