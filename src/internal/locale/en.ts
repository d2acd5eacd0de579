import type { EvidenceLevel } from '../../content/levels.js';

/**
 * The library's own words in English. Evidence text is never here: it comes from
 * the summaries, in their own language. Every key must also exist in `cy.ts`.
 */
export const en = {
  /** Names of the evidence levels: this library's words, not the source's. */
  levelName: {
    strong: 'Strong',
    moderate: 'Moderate',
    emerging: 'Emerging',
    indirect: 'Indirect',
    none: 'No direct evidence',
  } satisfies Record<EvidenceLevel, string>,
  /** Plain-English definitions of the levels. */
  levelDefinition: {
    strong: 'The source describes the evidence as robust or strong.',
    moderate: 'The source says there is some evidence.',
    emerging: 'The source says studies suggest this: the evidence is small-scale or indicative.',
    indirect: 'The source finds only indirect and partial evidence.',
    none: 'The source finds no direct evidence.',
  } satisfies Record<EvidenceLevel, string>,
  strengthOfEvidence: 'Strength of evidence',
  sourceSays: 'the source says',
  notGraded: 'Not graded',
  notGradedExplanation: 'The source makes this statement without grading the evidence for it.',
  whatThisMeans: 'What this means',
  scaleNote:
    'The five levels (strong, moderate, emerging, indirect, no direct evidence) are this library’s reading of the source’s words. The words in quotation marks are the source’s own.',
  levelOf: (position: number, total: number) => `level ${position} of ${total}`,
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
  // @messages:widgets-b (eg-implications, eg-what-works, eg-references, eg-provenance)
  // @messages:widgets-c (eg-summary, eg-glossary-term, themes)
};

/** The shape every language module has. */
export type Messages = typeof en;
