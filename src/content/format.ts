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
