/**
 * Checks a parsed summary against the content model: ids, grades, links between
 * items, and metadata formats. Shared by the build and the browser.
 */
import type { ContentDiagnostic } from './diagnostics.js';
import { EVIDENCE_LEVELS, isEvidenceLevel } from './levels.js';
import { CONTENT_LANGUAGES, REFERENCE_ROLES, type Summary } from './types.js';

/** Where each item (by id) was written, and where each of its fields was. */
export type ItemLocations = Map<string, { line: number; fieldLines: Record<string, number> }>;

export interface ValidateContext {
  file: string;
  metaLines?: Record<string, number>;
  locations?: ItemLocations;
}

/** Content ids: lower-case words joined by hyphens, e.g. `combined-approaches`. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Returns every problem in `summary`; an empty list means it is valid. */
export function validateSummary(summary: Summary, ctx: ValidateContext): ContentDiagnostic[] {
  const out: ContentDiagnostic[] = [];
  const { file } = ctx;
  const metaLine = (key: string) => ctx.metaLines?.[key];
  const itemLine = (id: string, field?: string) => {
    const loc = ctx.locations?.get(id);
    return (field && loc?.fieldLines[field]) || loc?.line;
  };
  const report = (d: Omit<ContentDiagnostic, 'file' | 'line'>, line?: number) =>
    out.push({ file, ...(line !== undefined ? { line } : {}), ...d });

  // --- metadata ---------------------------------------------------------------
  const m = summary.meta;
  const required: Array<[keyof typeof m, string]> = [
    ['id', 'id'], ['title', 'title'], ['series', 'series'], ['published', 'published'],
    ['lastReviewed', 'last-reviewed'], ['lang', 'lang'], ['publisher', 'publisher'],
    ['copyright', 'copyright'], ['basedOn', 'based-on'], ['citation', 'citation'],
  ];
  for (const [prop, key] of required) {
    if (!String(m[prop] ?? '').trim()) {
      report({ message: `The front-matter field "${key}" is missing or empty.`, fix: `Add \`${key}: ...\` to the front matter (see content/README.md).` }, metaLine(key) ?? 2);
    }
  }
  if (m.id && !ID_PATTERN.test(m.id)) {
    report({ message: `The summary id "${m.id}" is not kebab-case.`, fix: 'Use lower-case letters, digits and hyphens, e.g. `early-years-integration`.' }, metaLine('id'));
  }
  const fileBase = file.split('/').pop()?.replace(/\.md$/, '');
  if (m.id && fileBase && fileBase !== m.id && /\.md$/.test(file)) {
    report({ message: `The summary id "${m.id}" does not match the file name "${fileBase}.md".`, fix: `Rename the file to ${m.id}.md or change the id to ${fileBase}.` }, metaLine('id'));
  }
  if (!Number.isInteger(m.number) || m.number < 1) {
    report({ message: 'The front-matter field "number" must be a whole number (the summary\'s number in its series).', fix: 'Write it as `number: 3`.' }, metaLine('number') ?? 2);
  }
  if (m.published && !/^\d{4}-(0[1-9]|1[0-2])$/.test(m.published)) {
    report({ message: `The publication date "${m.published}" is not in the form YYYY-MM.`, fix: 'Write the year and month of publication, e.g. `published: 2009-03`.' }, metaLine('published'));
  }
  if (m.lastReviewed && !isIsoDate(m.lastReviewed)) {
    report({ message: `The last-reviewed date "${m.lastReviewed}" is not a date in the form YYYY-MM-DD.`, fix: 'Write it as, e.g., `last-reviewed: 2026-11-29`.' }, metaLine('last-reviewed'));
  }
  if (m.lang && !(CONTENT_LANGUAGES as readonly string[]).includes(m.lang)) {
    report({ message: `Unknown language "${m.lang}".`, fix: `Use one of: ${CONTENT_LANGUAGES.join(', ')}.` }, metaLine('lang'));
  }

  // --- ids -------------------------------------------------------------------
  const all: Array<{ id: string; kind: string }> = [
    ...summary.findings.map((x) => ({ id: x.id, kind: 'finding' })),
    ...summary.stakeholderViews.map((x) => ({ id: x.id, kind: 'stakeholder view' })),
    ...summary.implications.map((x) => ({ id: x.id, kind: 'implication' })),
    ...summary.whatWorks.map((x) => ({ id: x.id, kind: 'what-works item' })),
    ...summary.evidenceGaps.map((x) => ({ id: x.id, kind: 'evidence gap' })),
    ...summary.references.map((x) => ({ id: x.id, kind: 'reference' })),
    ...summary.glossary.map((x) => ({ id: x.id, kind: 'glossary term' })),
  ];
  const seen = new Map<string, string>();
  for (const { id, kind } of all) {
    if (!id) continue; // reported by the parser
    if (!ID_PATTERN.test(id)) {
      report({ itemId: id, message: `The id "${id}" is not kebab-case.`, fix: 'Use lower-case letters, digits and hyphens only, e.g. `combined-approaches`.' }, itemLine(id));
    }
    if (seen.has(id)) {
      report({ itemId: id, message: `The id "${id}" is used twice (${article(seen.get(id)!)} and ${article(kind)}).`, fix: 'Give each item its own id: ids are unique within a summary.' }, lastLineOf(ctx, id));
    } else seen.set(id, kind);
  }

  // --- grades ----------------------------------------------------------------
  for (const f of summary.findings) {
    if (!f.grade) continue;
    const { level, wording } = f.grade;
    if (!level) {
      report({ itemId: f.id, message: `The finding "${f.id}" has wording but no evidence level.`, fix: `Add \`level:\` with one of: ${EVIDENCE_LEVELS.join(', ')}; or remove \`wording:\` if the source does not grade it.` }, itemLine(f.id, 'wording'));
    } else if (!isEvidenceLevel(level)) {
      report({ itemId: f.id, message: `Unknown evidence level "${level}" in finding "${f.id}".`, fix: `Use one of: ${EVIDENCE_LEVELS.join(', ')}.` }, itemLine(f.id, 'level'));
    }
    if (!wording) {
      report({ itemId: f.id, message: `The graded finding "${f.id}" has no wording from the source.`, fix: 'Add `wording:` with the source\'s exact words for the strength of evidence, e.g. `wording: some evidence`.' }, itemLine(f.id, 'level'));
    }
  }
  // A stakeholder item may leave out `holders:`: it is then what studies of stakeholders found
  // about them (an understanding, say), not a view they hold.

  // --- links between items ------------------------------------------------------
  const findingIds = summary.findings.map((f) => f.id);
  const referenceIds = summary.references.map((r) => r.id);
  const checkLinks = (id: string, field: string, targets: string[], valid: string[], kind: string) => {
    for (const t of targets) {
      if (!valid.includes(t)) {
        report({ itemId: id, message: `"${id}" links to an unknown ${kind} "${t}" in \`${field}\`.`, fix: `Use one of the ${kind} ids: ${valid.join(', ') || '(none yet)'}.` }, itemLine(id, field));
      }
    }
  };
  for (const f of summary.findings) {
    checkLinks(f.id, 'sources', f.sources, referenceIds, 'reference');
    checkLinks(f.id, 'related', f.related, findingIds, 'finding');
  }
  for (const x of [...summary.stakeholderViews, ...summary.implications, ...summary.evidenceGaps]) {
    checkLinks(x.id, 'sources', x.sources, referenceIds, 'reference');
  }
  for (const w of summary.whatWorks) {
    checkLinks(w.id, 'rests-on', w.restsOn, findingIds, 'finding');
    checkLinks(w.id, 'related', w.related, referenceIds, 'reference');
    checkLinks(w.id, 'sources', w.sources, referenceIds, 'reference');
    if (w.restsOn.length === 0 && w.related.length === 0) {
      report({ itemId: w.id, message: `The what-works item "${w.id}" does not say what it rests on.`, fix: 'Add `rests-on: [finding-id]` naming the findings it rests on, or `related: [reference-id]` for the reviews it points to.' }, itemLine(w.id));
    }
  }
  if (m.basedOn && !referenceIds.includes(m.basedOn)) {
    report({ message: `The front matter's "based-on" names an unknown reference "${m.basedOn}".`, fix: `Use one of the reference ids: ${referenceIds.join(', ') || '(none yet)'}.` }, metaLine('based-on'));
  }

  // --- references --------------------------------------------------------------
  for (const r of summary.references) {
    if (!(REFERENCE_ROLES as readonly string[]).includes(r.role)) {
      report({ itemId: r.id, message: `Unknown reference role "${r.role}" in "${r.id}".`, fix: `Use one of: ${REFERENCE_ROLES.join(', ')}.` }, itemLine(r.id, 'role') ?? itemLine(r.id));
    }
    if (r.authors.length === 0) {
      report({ itemId: r.id, message: `The reference "${r.id}" has no authors.`, fix: 'Add `authors: [Surname, I.]`, as the source lists them.' }, itemLine(r.id));
    }
    if (!/^\d{4}[a-z]?$/.test(r.year)) {
      report({ itemId: r.id, message: `The reference "${r.id}" has the year "${r.year}", which is not a year.`, fix: 'Write a four-digit year, with a letter where two works share author and year: `year: 2009a`.' }, itemLine(r.id, 'year') ?? itemLine(r.id));
    }
  }
  return out;
}

function article(noun: string): string {
  return `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;
}

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value);
}

function lastLineOf(ctx: ValidateContext, id: string): number | undefined {
  return ctx.locations?.get(id)?.line;
}
