/**
 * evidence-guidance: classes, types and the content API. Importing this module
 * registers no elements; import `evidence-guidance/define.js` (everything) or a
 * component's `evidence-guidance/components/eg-*.js` file for that.
 *
 * Element classes are named after their tags (`<eg-finding>` is `EgFinding`); the content
 * model's types keep the plain names (`Finding`, `Summary`).
 */
export { EVIDENCE_LEVELS, isEvidenceLevel, levelRank, type EvidenceLevel } from './content/levels.js';
export { FINDING_ORDERS, orderFindings, passesFilter, type FindingOrder } from './content/order.js';
export {
  listSummaries,
  loadSummary,
  loadSummaryFrom,
  peekSummary,
  registerSummary,
  SummaryNotFoundError,
  SummarySourceError,
  type SourceErrorKind,
  type SourceOptions,
} from './content/registry.js';
export { citeInText, formatMonthYear, hrefOf } from './content/format.js';
export { setParseWorkerUrl } from './runtime/worker-url.js';
export type * from './content/types.js';
export { AUDIENCES, CONTENT_LANGUAGES, REFERENCE_ROLES } from './content/types.js';
export { EgEvidenceCaveat } from './components/evidence-caveat/evidence-caveat.js';
export { EgEvidenceGap } from './components/evidence-gaps/evidence-gap.js';
export { EgEvidenceGaps } from './components/evidence-gaps/evidence-gaps.js';
export { EgEvidenceRating } from './components/evidence-rating/evidence-rating.js';
export { EgFinding } from './components/finding/finding.js';
export { EgGlossaryTerm, DefinitionToggleEvent } from './components/glossary-term/glossary-term.js';
export {
  EgImplications,
  AudienceChangeEvent,
  AUDIENCE_FILTERS,
  IMPLICATIONS_PRINT_MODES,
  type AudienceFilter,
  type ImplicationsPrintMode,
} from './components/implications/implications.js';
export { EgKeyFindings } from './components/key-findings/key-findings.js';
export { EgProvenance, ageInYears, DEFAULT_AGE_NOTICE_YEARS, type Clock } from './components/provenance/provenance.js';
export { EgReferences, ReferenceFollowEvent, CitationCopyEvent, type CitationCopyMethod } from './components/references/references.js';
export { formatHarvard, harvardSegments, joinAuthors, type HarvardSegment, type HarvardSegmentKind } from './components/references/harvard.js';
export { EgStakeholderViews } from './components/stakeholder-views/stakeholder-views.js';
export { EgSummary } from './components/summary/summary.js';
export { EgWhatWorks } from './components/what-works/what-works.js';
export { UI_LANGUAGES, languageOf, messagesFor, type UiLanguage } from './internal/locale.js';
export { THEMES, type ThemeName } from './internal/theme.js';
export type { Messages } from './internal/locale/en.js';
