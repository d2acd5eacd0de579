import type { EvidenceLevel } from '../../content/levels.js';

/**
 * The library's own words in English. Evidence text is never here: it comes from
 * the summaries, in their own language. Every key must also exist in `cy.ts`.
 */
export const en = {
  /**
   * Names of the evidence levels: this library's reading of the source's words, shown after
   * them and never instead of them. No name says more than the words it stands for, and none
   * is a word with a defined meaning on GRADE, EIF or EEF scales ("moderate", "high").
   */
  levelName: {
    strong: 'Strong',
    moderate: 'Some',
    emerging: 'Suggested by studies',
    indirect: 'Indirect only',
    none: 'No direct and definitive evidence',
  } satisfies Record<EvidenceLevel, string>,
  strengthOfEvidence: 'Strength of evidence',
  /** After the source's wording of a grade: "“some evidence” (the source’s words)". */
  sourceWords: 'the source’s words',
  /** Before the library's level name, which follows the source's words. */
  libraryReading: 'this library’s reading',
  notGraded: 'Not graded',
  notGradedExplanation: 'The source makes this statement without grading the evidence for it.',
  scaleNote: 'Quoted words are the source’s own. The level after them is this library’s reading of them, on its own five-step scale: not GRADE or any other published scale.',
  /** Before the claims a finding must be read with (`related:` in content). */
  readWith: 'Read this with',
  source: 'Source',
  basedOn: 'based on',
  published: 'Published',
  linkFrom2009: (year: string) => `link as given in ${year}; it may no longer work`,
  loading: 'Loading…',
  somethingWentWrong: 'Something went wrong',
  tryAgain: 'Try again',
  summaryNotFound: (id: string) => `There is no evidence summary called “${id}”.`,
  itemNotFound: (kind: string, id: string, summary: string) => `There is no ${kind} “${id}” in the summary “${summary}”.`,
  missingAttribute: (tag: string, attribute: string) => `<${tag}> needs a ${attribute} attribute.`,
  invalidLevel: (value: string) => `“${value}” is not an evidence level.`,
  loadFailed: 'The evidence summary could not be loaded.',
  kind: { finding: 'finding' },
  months: [
    'January', 'February', 'March', 'April', 'May', 'June',
    'July', 'August', 'September', 'October', 'November', 'December',
  ],
  /** "March 2009" */
  monthYear: (month: string, year: string) => `${month} ${year}`,
  // @messages:widgets-a (eg-key-findings, eg-stakeholder-views, eg-evidence-caveat, eg-evidence-gaps)
  keyFindings: 'Key findings',
  /** Shown when `min-level` filters the list; `level` is a level name from `levelName`. */
  /** Beside each headline finding: the summary's overall conclusion, always shown first. */
  overallConclusion: 'The summary’s overall conclusion',
  /** Shown when `min-level` hides findings; `level` is a level name from `levelName`. */
  hiddenFindings: (count: number, level: string) =>
    `${count === 1 ? '1 finding is' : `${count} findings are`} hidden: only the overall conclusion and findings this library reads as “${level}” or stronger are shown.`,
  /** The same note once the reader has chosen to show every finding. */
  allFindingsShown: (count: number) => `All ${count} findings are shown.`,
  showAllFindings: (count: number) => `Show all ${count} findings`,
  showFewerFindings: (level: string) => `Hide findings weaker than “${level}”`,
  stakeholderViews: 'Stakeholder views',
  stakeholderView: 'Stakeholder view',
  stakeholderViewNote: 'A view studies found stakeholders hold, not evidence about outcomes.',
  /** A stakeholder item with no holders: what studies of stakeholders found about them. */
  stakeholderFinding: 'Studies of stakeholders found',
  stakeholderFindingNote: 'What studies of stakeholders’ views found, not evidence about outcomes.',
  /** Label before who holds a view, in the source's words: "Held by: many stakeholders". */
  heldBy: 'Held by',
  aboutTheEvidence: 'About the evidence',
  /** Visually hidden prefix before the note about the evidence. */
  importantPrefix: 'Important',
  evidenceGaps: 'Gaps in the evidence',
  /** Visually hidden prefix before each gap. */
  evidenceGapPrefix: 'Evidence gap',
  kindStakeholderView: 'stakeholder view',
  kindEvidenceGap: 'evidence gap',
  // @messages:widgets-b (eg-implications, eg-what-works, eg-references, eg-provenance)
  /** A visible message for an attribute value that is not allowed; `valid` lists the allowed values. */
  invalidValue: (attribute: string, value: string, valid: string) => `“${value}” is not a valid ${attribute}. Use one of: ${valid}.`,
  /** `<eg-implications>`: its heading, the audiences' headings and the audience switch. */
  implications: {
    heading: 'Implications',
    forLocal: 'For local decision makers and managers',
    forNational: 'For regional and national government',
    /** Legend of the audience switch in `<eg-implications audience="all">`. */
    showFor: 'Show implications for',
    /** The switch's options: `all` shows both audiences. */
    option: { all: 'Both', local: 'Local', national: 'National' },
  },
  whatWorks: 'What works',
  /** Label before the findings a "what works" item rests on. */
  restsOnFindings: 'Based on these findings',
  relatedReviews: 'Related reviews',
  references: 'References',
  referenceRole: {
    'main-review': 'Main review',
    'scoping-study': 'Scoping study',
    'related-review': 'Related review',
    cited: 'Cited work',
  } satisfies Record<import('../../content/types.js').ReferenceRole, string>,
  kindReference: 'reference',
  copyCitation: 'Copy citation',
  citationCopied: 'Citation copied',
  /** Label of the text field that holds a citation when it could not be copied automatically. */
  citationLabel: 'Citation',
  copyFallbackInstruction: 'The citation could not be copied automatically. It is selected: press Ctrl+C (or Cmd+C on a Mac) to copy it.',
  aboutThisSummary: 'About this evidence summary',
  publisher: 'Publisher',
  series: 'Series',
  /** Capitalised label; `basedOn` is the lower-case form used inside sentences. */
  basedOnLabel: 'Based on',
  /** The date this library's text was last checked against the source (not a date of the evidence). */
  checkedAgainstSource: 'This library’s text checked against the source',
  copyright: 'Copyright',
  howToCite: 'How to cite this summary',
  /** "Published March 2009 (17 years ago); newer evidence may exist." */
  ageNotice: (monthYear: string, years: number) =>
    `Published ${monthYear} (${years === 1 ? '1 year' : `${years} years`} ago); newer evidence may exist.`,
  /** "29 November 2026" */
  dayMonthYear: (day: number, month: string, year: string) => `${day} ${month} ${year}`,
  // @messages:widgets-c (eg-summary, eg-glossary-term, themes)
  glossary: {
    term: 'glossary term',
    libraryWords: 'definition in this library’s words, not the source’s',
  },
  summary: {
    about: 'About this summary',
    scope: 'Scope',
    introduction: 'Introduction',
    context: 'Policy context in 2009',
    views: 'What stakeholders think',
    glossary: 'Glossary',
    glossaryNote: 'These definitions are this library’s words, not the source’s: the source does not define its terms.',
    contents: 'Contents',
  },
  unknownTheme: (name: string) => `“${name}” is not a theme, so the default look is used.`,
};

/** The shape every language module has. */
export type Messages = typeof en;
