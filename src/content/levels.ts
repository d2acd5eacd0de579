/**
 * The evidence scale, declared once. Ordered from the most to the least certain.
 *
 * The source summaries do not define a scale: they grade claims in their own words
 * ("robust evidence", "some evidence", "various studies suggest"...). These five levels
 * are this library's reading of those words, so that widgets can sort and filter.
 * Every graded claim keeps the source's exact wording, and widgets always show it.
 * The level names and definitions shown to readers live in the locale modules
 * (`src/internal/locale/*.ts`) with the library's other words.
 */
export const EVIDENCE_LEVELS = ['strong', 'moderate', 'emerging', 'indirect', 'none'] as const;

/** One of {@link EVIDENCE_LEVELS}. */
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

/** True when `value` is one of the {@link EVIDENCE_LEVELS}. */
export function isEvidenceLevel(value: unknown): value is EvidenceLevel {
  return typeof value === 'string' && (EVIDENCE_LEVELS as readonly string[]).includes(value);
}

/**
 * Rank of a level: 0 for `strong` up to 4 for `none`. Sorting by rank puts the
 * strongest evidence first.
 */
export function levelRank(level: EvidenceLevel): number {
  return EVIDENCE_LEVELS.indexOf(level);
}
