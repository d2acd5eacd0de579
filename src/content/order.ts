/**
 * The order and the filter of a list of findings, as every widget and the snippet apply
 * them. Pure functions over content: no DOM.
 */
import { EVIDENCE_LEVELS, levelRank, type EvidenceLevel } from './levels.js';
import type { Finding as FindingData } from './types.js';

/** The orders `order` accepts: the source's (the default) or strongest evidence first. */
export const FINDING_ORDERS = ['source', 'strength'] as const;
export type FindingOrder = (typeof FINDING_ORDERS)[number];

/**
 * The findings in the order a reader meets them: the summary's overall conclusion (its
 * headline findings) first, then the others in the source's order, or with `order`
 * `strength`, strongest evidence first (ungraded statements last, ties in the source's
 * order). The overall conclusion is never sorted away from the top.
 */
export function orderFindings(findings: readonly FindingData[], order: FindingOrder = 'source'): FindingData[] {
  const rank = (f: FindingData) => (f.grade ? levelRank(f.grade.level) : EVIDENCE_LEVELS.length);
  const rest = findings.filter((f) => !f.headline);
  // Array.prototype.sort is stable, so findings of equal rank keep the source's order.
  if (order === 'strength') rest.sort((a, b) => rank(a) - rank(b));
  return [...findings.filter((f) => f.headline), ...rest];
}

/**
 * Whether a reader sees `finding` when the list keeps `minLevel` and stronger: the overall
 * conclusion always, graded findings at that level or stronger, never ungraded statements.
 */
export function passesFilter(finding: FindingData, minLevel: EvidenceLevel | undefined): boolean {
  if (!minLevel || finding.headline) return true;
  return !!finding.grade && levelRank(finding.grade.level) <= levelRank(minLevel);
}

