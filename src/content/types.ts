import type { EvidenceLevel } from './levels.js';

/**
 * The content model: one evidence summary, as compiled from one Markdown file in `content/`.
 *
 * Fields that end in `Html` hold HTML that has passed the one allow-list
 * (`src/content/allow-list.ts`); every other string is plain text and is only
 * ever rendered as text.
 */

/** The roles a reference can play for a summary. */
export const REFERENCE_ROLES = ['main-review', 'scoping-study', 'related-review', 'cited'] as const;
export type ReferenceRole = (typeof REFERENCE_ROLES)[number];

/** The audiences an implication is written for. */
export const AUDIENCES = ['local', 'national'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** The language codes a summary can be written in. */
export const CONTENT_LANGUAGES = ['en', 'cy'] as const;
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];

/** Where an item was written in its Markdown file (1-based line). */
export interface SourceLocation {
  line: number;
}

/**
 * A grade taken from the source. `level` is this library's reading; `wording` is the
 * source's own words, which widgets always show.
 */
export interface EvidenceGrade {
  level: EvidenceLevel;
  wording: string;
}

/**
 * One claim from the source. A claim with `grade` carries the source's grading;
 * a claim without one is a statement the source makes without grading it
 * (for example a recommendation), and widgets say so rather than invent a grade.
 */
export interface Finding {
  id: string;
  /** The claim, paraphrased, as inline HTML. */
  statementHtml: string;
  /** The claim as plain text (for labels, citations and search). */
  statement: string;
  /** Further detail, as block HTML; empty when there is none. */
  detailHtml: string;
  grade?: EvidenceGrade;
  /** True for the claims that make up the summary's headline finding. */
  headline: boolean;
  /** Ids of references the claim rests on. */
  sources: string[];
  /** Ids of other findings this claim is tied to (for example the two grades of one sentence). */
  related: string[];
}

/** A view held by stakeholders, kept apart from research findings. */
export interface StakeholderView {
  id: string;
  statementHtml: string;
  statement: string;
  detailHtml: string;
  /**
   * Who holds the view, in the source's words ("many stakeholders"). Empty for what studies
   * of stakeholders found about them rather than a view they hold (the source's "there is
   * some way to go before practitioners and stakeholders develop a clear understanding").
   */
  holders: string;
  sources: string[];
}

/** An implication for local or for regional and national decision makers. */
export interface Implication {
  id: string;
  audience: Audience;
  statementHtml: string;
  statement: string;
  /** Text that introduces the sub-points, as block HTML; empty when there is none. */
  preambleHtml: string;
  /** Sub-points, each as inline HTML; empty when there are none. */
  pointsHtml: string[];
  sources: string[];
}

/** Something the source identifies as working, tied to the findings it rests on. */
export interface WhatWorksItem {
  id: string;
  statementHtml: string;
  statement: string;
  detailHtml: string;
  /** Ids of the findings this item rests on. */
  restsOn: string[];
  /** Ids of related reviews the source points to. */
  related: string[];
  sources: string[];
}

/** A gap in the evidence base. */
export interface EvidenceGap {
  id: string;
  statementHtml: string;
  statement: string;
  detailHtml: string;
  sources: string[];
}

/** A work the summary cites. Related reviews may have fewer fields. */
export interface Reference {
  id: string;
  role: ReferenceRole;
  authors: string[];
  /** Year as the citation gives it, with a letter where needed: `2009a`. */
  year: string;
  title?: string;
  /** What the work is about, where the source names it only by topic. */
  topic?: string;
  series?: string;
  publisher?: string;
  place?: string;
  /** The address exactly as the source gives it (it may no longer work). */
  url?: string;
  /** When the source accessed the address, as the source gives it. */
  accessed?: string;
}

/** A term the library explains. Definitions are the library's words, never the source's. */
export interface GlossaryTerm {
  id: string;
  term: string;
  definitionHtml: string;
  definition: string;
  /** Always `library`: the source defines no terms. */
  definedBy: 'library';
}

/** A prose section (scope, introduction, caveat, context). */
export interface ProseSection {
  html: string;
  /** Its first sentence as plain text: the one-line form a filtered list keeps in view. */
  lead: string;
}

/** Metadata about the summary and where it comes from. */
export interface SummaryMeta {
  id: string;
  title: string;
  series: string;
  number: number;
  /** Publication date, `YYYY-MM`. */
  published: string;
  /** When this library's text was last checked against the source, `YYYY-MM-DD`. */
  lastReviewed: string;
  lang: ContentLanguage;
  publisher: string;
  /** Short name of the publisher, for compact provenance lines. */
  publisherShort: string;
  copyright: string;
  /** Id of the reference (the review) the summary is based on. */
  basedOn: string;
  /** How to cite the summary itself. */
  citation: string;
  /** The file the summary was compiled from (relative to the project). */
  file: string;
}

/** Introductory prose for a list section, as block HTML (empty when there is none). */
export interface SectionIntros {
  findings: string;
  stakeholderViews: string;
  implicationsLocal: string;
  implicationsNational: string;
  whatWorks: string;
  evidenceGaps: string;
}

/** One evidence summary. */
export interface Summary {
  meta: SummaryMeta;
  scope: ProseSection;
  introduction: ProseSection;
  caveat: ProseSection;
  /**
   * The policy context the summary was written in, and what has changed since (optional:
   * empty when the file has no `{#context}` section).
   */
  context: ProseSection;
  intros: SectionIntros;
  findings: Finding[];
  stakeholderViews: StakeholderView[];
  implications: Implication[];
  whatWorks: WhatWorksItem[];
  evidenceGaps: EvidenceGap[];
  references: Reference[];
  glossary: GlossaryTerm[];
}

/** A short description of a summary, for listings. */
export interface SummaryListing {
  id: string;
  title: string;
  published: string;
  lang: ContentLanguage;
}
