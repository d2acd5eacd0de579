/**
 * The reader's messages for a summary file (`src`) that cannot be shown, in each language of
 * the library. Only the src runtime (and the npm API's `SummarySourceError`) carries them, so
 * pages without `src` never download them; a widget shows the error's own words.
 *
 * Welsh: REVIEW, as in `src/internal/locale/cy.ts`; every Welsh sentence here is inferred.
 */

/** The messages for one language. */
export interface SourceMessages {
  status: (status: string) => string;
  network: string;
  timeout: (seconds: string) => string;
  type: (type: string) => string;
  size: (limit: string) => string;
  invalid: string;
  /** Reading the file took longer than `src-parse-timeout` (the limit, in seconds). */
  slow: (seconds: string) => string;
  /** The disclosure that lists the mistakes. */
  details: string;
}

export const SOURCE_MESSAGES: { en: SourceMessages; cy: SourceMessages } = {
  en: {
    status: (status) => `The summary file could not be loaded (the server answered ${status}).`,
    network: 'The summary file could not be reached.',
    timeout: (seconds) => `The summary file did not load within ${seconds} seconds.`,
    type: (type) => `The summary file is not Markdown (it was sent as “${type}”).`,
    size: (limit) => `The summary file is larger than ${limit}, so it was not loaded.`,
    invalid: 'This evidence summary has mistakes, so it cannot be shown.',
    slow: (seconds) => `The summary file took longer than ${seconds} seconds to read, so it is not shown.`,
    details: 'Details for the page’s author',
  },
  cy: {
    status: (status) => `Nid oedd modd llwytho ffeil y crynodeb tystiolaeth (atebodd y gweinydd ${status}).`, // inferred
    network: 'Nid oedd modd cyrraedd ffeil y crynodeb tystiolaeth.', // inferred
    timeout: (seconds) => `Ni lwythodd ffeil y crynodeb tystiolaeth o fewn ${seconds} eiliad.`, // inferred
    type: (type) => `Nid yw ffeil y crynodeb tystiolaeth yn ffeil Markdown (fe’i hanfonwyd fel “${type}”).`, // inferred
    size: (limit) => `Mae ffeil y crynodeb tystiolaeth yn fwy na ${limit}, felly ni chafodd ei llwytho.`, // inferred
    invalid: 'Mae camgymeriadau yn y crynodeb tystiolaeth hwn, felly nid oes modd ei ddangos.', // inferred
    slow: (seconds) => `Cymerodd ffeil y crynodeb tystiolaeth fwy na ${seconds} eiliad i’w darllen, felly nid yw’n cael ei dangos.`, // inferred
    details: 'Manylion i awdur y dudalen', // inferred
  },
};
