/**
 * evidence-guidance: classes, types and the content API. Importing this module
 * registers no elements; import `evidence-guidance/define.js` (everything) or a
 * component's `eg-*.js` file for that.
 */
export { EVIDENCE_LEVELS, isEvidenceLevel, levelRank, type EvidenceLevel } from './content/levels.js';
export { listSummaries, loadSummary, peekSummary, registerSummary, SummaryNotFoundError } from './content/registry.js';
export { citeInText, formatMonthYear, hrefOf } from './content/format.js';
export type * from './content/types.js';
export { AUDIENCES, CONTENT_LANGUAGES, REFERENCE_ROLES } from './content/types.js';
export { EvidenceRating } from './components/evidence-rating/evidence-rating.js';
export { Finding } from './components/finding/finding.js';
export { UI_LANGUAGES, languageOf, messagesFor, type UiLanguage } from './internal/locale.js';
export type { Messages } from './internal/locale/en.js';
