/**
 * Parses one summary's Markdown file into the content model.
 *
 * Shared by the build (`scripts/build-content.ts`) and, later, the browser for
 * council-supplied Markdown. It needs marked and the YAML parser, so it is never
 * imported by the widgets: only the compiled modules reach the core bundle.
 *
 * The format is documented for content designers in `content/README.md`.
 */
import { Marked, type Token, type Tokens } from 'marked';
import { parseDocument, YAMLError } from 'yaml';
import type { ContentDiagnostic } from './diagnostics.js';
import { checkHtml } from './html-check.js';
import { MAX_NESTING } from './limits.js';

/** Problems the shared check may find in a fragment that the sanitizer still looks at. */
const FEW = 20;
import { completeSummary, placeholder, reject, sanitizeFragments, type Draft, type Fragment, type HtmlSanitizer } from './parse-steps.js';
import { validateSummary, type ItemLocations } from './validate.js';
import type {
  Audience,
  EvidenceGap,
  Finding,
  GlossaryTerm,
  Implication,
  Reference,
  StakeholderView,
  Summary,
  SummaryMeta,
  WhatWorksItem,
} from './types.js';

export type { Draft, Fragment, HtmlSanitizer } from './parse-steps.js';
export { completeSummary, sanitizeFragments } from './parse-steps.js';

export interface ParseOptions {
  /** The file name used in diagnostics, e.g. `content/early-years-integration.md`. */
  file: string;
  sanitize: HtmlSanitizer;
}

export type { ParseResult } from './parse-steps.js';
import type { ParseResult } from './parse-steps.js';

/** The section keys a summary may use, as `## Any heading {#key}`. */
export const SECTION_KEYS = [
  'scope',
  'introduction',
  'caveat',
  'context',
  'findings',
  'stakeholder-views',
  'implications-local',
  'implications-national',
  'what-works',
  'evidence-gaps',
  'references',
  'glossary',
] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

const PROSE_SECTIONS: readonly SectionKey[] = ['scope', 'introduction', 'caveat', 'context'];
/** Sections a file may leave out. */
const OPTIONAL_SECTIONS: readonly SectionKey[] = ['context'];

/** Fields each kind of item may carry, written as `key: value` lines under its heading. */
export const ITEM_FIELDS: Readonly<Record<string, readonly string[]>> = {
  findings: ['headline', 'level', 'wording', 'sources', 'related'],
  'stakeholder-views': ['holders', 'sources'],
  'implications-local': ['sources'],
  'implications-national': ['sources'],
  'what-works': ['rests-on', 'related', 'sources'],
  'evidence-gaps': ['sources'],
  references: ['role', 'authors', 'year', 'title', 'topic', 'series', 'publisher', 'place', 'url', 'accessed'],
  glossary: [],
};

/** Front-matter fields, in the order the README documents them. */
export const META_FIELDS = [
  'id',
  'title',
  'series',
  'number',
  'published',
  'last-reviewed',
  'lang',
  'publisher',
  'publisher-short',
  'copyright',
  'based-on',
  'citation',
] as const;

// `s`: a heading may contain U+2028 or U+2029, which `.` would not otherwise match (the
// heading would silently become text). Lines are split on \n only, as in Markdown.
const SECTION_RE = /^##\s+(.*?)\s*(?:\{#([^}]*)\})?\s*$/s;
const ITEM_RE = /^###\s+(.*?)\s*(?:\{#([^}]*)\})?\s*$/s;
const FIELD_RE = /^([a-z][a-z-]*):(?:\s|$)/;
const FENCE_RE = /^\s*(```|~~~)/;

interface RawItem {
  id: string;
  title: string;
  line: number;
  fields: Record<string, unknown>;
  fieldLines: Record<string, number>;
  body: string;
  bodyLine: number;
}

interface RawSection {
  key: SectionKey;
  line: number;
  intro: string;
  introLine: number;
  items: RawItem[];
}

/** Parses, sanitizes and validates one summary file. Never throws for bad content: it returns diagnostics. */
export function parseSummary(text: string, options: ParseOptions): ParseResult {
  const draft = draftSummary(text, options);
  sanitizeFragments(draft, options.sanitize);
  return completeSummary(draft);
}

/** The first step of {@link parseSummary}: everything but sanitizing (see {@link Draft}). */
export function draftSummary(text: string, options: Pick<ParseOptions, 'file'>): Draft {
  const { file } = options;
  const draft: Draft = { file, fragments: [], diagnostics: [], located: 0, more: 0, unreadable: false };
  const { diagnostics } = draft;
  const report = (d: Omit<ContentDiagnostic, 'file'>) => diagnostics.push({ file, ...d });
  const marked = new Marked({ gfm: true, breaks: false });
  // U+0000 becomes U+FFFD, as CommonMark says; so no text can look like a fragment's placeholder.
  const lines = text.replace(/\u0000/g, '\uFFFD').replace(/\r\n?/g, '\n').split('\n');

  // --- front matter -------------------------------------------------------
  let meta: Record<string, unknown> = {};
  const metaLines: Record<string, number> = {};
  let bodyStart = 0;
  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
    if (end < 0) {
      report({ line: 1, message: 'The front matter is not closed.', fix: 'Add a line with only `---` after the last metadata field.' });
      return draft;
    }
    const yamlText = lines.slice(1, end).join('\n');
    try {
      const parsed: unknown = readYaml(yamlText);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) meta = parsed as Record<string, unknown>;
      else report({ line: 2, message: 'The front matter is not a list of `key: value` fields.', fix: 'Write one `key: value` per line between the `---` lines.' });
    } catch (err) {
      const line = err instanceof YAMLError && err.linePos ? err.linePos[0].line + 1 : 2;
      report({ line, message: `The front matter is not valid YAML (${firstLine(err)}).`, fix: 'Check quoting and indentation; put values that contain a colon in double quotes.' });
    }
    lines.slice(1, end).forEach((l, i) => {
      const m = FIELD_RE.exec(l);
      if (m) metaLines[m[1]!] = i + 2;
    });
    bodyStart = end + 1;
  } else {
    report({ line: 1, message: 'The file has no front matter.', fix: 'Start the file with `---`, the metadata fields (see content/README.md), and another `---`.' });
    return draft;
  }
  for (const key of Object.keys(meta)) {
    if (!(META_FIELDS as readonly string[]).includes(key)) {
      report({ line: metaLines[key], message: `Unknown front-matter field "${key}".`, fix: `Use only: ${META_FIELDS.join(', ')}.` });
    }
  }

  // --- sections and items ---------------------------------------------------
  const sections = new Map<SectionKey, RawSection>();
  let section: RawSection | undefined;
  let item: RawItem | undefined;
  let buffer: string[] = [];
  let bufferLine = bodyStart + 1;
  let inFence = false;
  let readingFields = false;

  const flush = () => {
    const textBlock = buffer.join('\n').trim();
    if (item && section) checkStrayFields(item, section.key, buffer, bufferLine);
    if (item) {
      item.body = textBlock;
      item.bodyLine = bufferLine;
    } else if (section) {
      section.intro = textBlock;
      section.introLine = bufferLine;
    } else if (textBlock) {
      report({ line: bufferLine, message: 'Text appears before the first section.', fix: 'Move it under a section heading such as `## Introduction {#introduction}`.' });
    }
    buffer = [];
  };

  // Field lines separated from their heading by a blank line would silently become text
  // (a finding would lose its grade): report them instead.
  const checkStrayFields = (it: RawItem, key: SectionKey, body: string[], firstLine: number) => {
    const allowed = ITEM_FIELDS[key] ?? [];
    const firstPara = body.slice(0, body.findIndex((l) => !l.trim()) >>> 0);
    const stray = firstPara.length > 0 && firstPara.every((l) => allowed.includes(FIELD_RE.exec(l)?.[1] ?? ''));
    if (stray) {
      report({
        line: firstLine,
        itemId: it.id,
        message: `The fields of "${it.id}" are separated from its heading by a blank line, so they would be shown as text.`,
        fix: 'Put the `key: value` lines directly under the `###` heading, with no blank line between; leave one blank line after them.',
      });
    }
  };

  for (let i = bodyStart; i < lines.length; i++) {
    const lineText = lines[i]!;
    const lineNo = i + 1;
    if (FENCE_RE.test(lineText)) inFence = !inFence;
    if (!inFence && /^#\s/.test(lineText)) {
      report({ line: lineNo, message: 'A level-1 heading (`# ...`) is not allowed in a summary.', fix: 'Put the title in the front matter as `title:` and start sections with `##`.' });
      continue;
    }
    const sectionMatch = inFence ? null : SECTION_RE.exec(lineText);
    if (sectionMatch) {
      flush();
      item = undefined;
      readingFields = false;
      const key = sectionMatch[2]?.trim();
      if (!key || !(SECTION_KEYS as readonly string[]).includes(key)) {
        report({
          line: lineNo,
          message: key ? `Unknown section "${key}".` : `The section heading "${sectionMatch[1]}" has no section key.`,
          fix: `End the heading with one of: ${SECTION_KEYS.map((k) => `{#${k}}`).join(', ')}.`,
        });
        section = undefined;
        bufferLine = lineNo + 1;
        continue;
      }
      if (sections.has(key as SectionKey)) {
        report({ line: lineNo, message: `The section "${key}" appears twice.`, fix: `Keep one "${key}" section (the first is at line ${sections.get(key as SectionKey)!.line}).` });
      }
      section = { key: key as SectionKey, line: lineNo, intro: '', introLine: lineNo + 1, items: [] };
      sections.set(section.key, section);
      bufferLine = lineNo + 1;
      continue;
    }
    const itemMatch = inFence ? null : ITEM_RE.exec(lineText);
    if (itemMatch && section) {
      flush();
      readingFields = false;
      if (PROSE_SECTIONS.includes(section.key)) {
        report({ line: lineNo, message: `The "${section.key}" section is prose and cannot contain items.`, fix: 'Use `####` for a sub-heading inside prose, or move the item to a list section.' });
        item = undefined;
        continue;
      }
      const id = itemMatch[2]?.trim() ?? '';
      item = { id, title: itemMatch[1]!.trim(), line: lineNo, fields: {}, fieldLines: {}, body: '', bodyLine: lineNo + 1 };
      if (!id) {
        report({ line: lineNo, message: `The item "${item.title}" has no id.`, fix: 'End the heading with a short kebab-case id, e.g. `### Combined approaches work {#combined-approaches}`.' });
      }
      section.items.push(item);
      readingFields = true;
      bufferLine = lineNo + 1;
      continue;
    }
    if (readingFields && item) {
      const fieldMatch = FIELD_RE.exec(lineText);
      if (fieldMatch) {
        const key = fieldMatch[1]!;
        const allowed = ITEM_FIELDS[section!.key] ?? [];
        if (!allowed.includes(key)) {
          report({
            line: lineNo,
            itemId: item.id,
            message: `Unknown field "${key}" in ${section!.key} item "${item.id}".`,
            fix: allowed.length ? `Use only: ${allowed.join(', ')}.` : 'This kind of item takes no fields: leave a blank line before its text.',
          });
        } else {
          try {
            const value: unknown = readYaml(lineText.slice(key.length + 1).trim() || '""');
            item.fields[key] = value;
            item.fieldLines[key] = lineNo;
          } catch (err) {
            report({ line: lineNo, itemId: item.id, message: `The value of "${key}" could not be read (${firstLine(err)}).`, fix: 'Put text that contains a colon, # or quotes in double quotes; write lists as [a, b].' });
          }
        }
        bufferLine = lineNo + 1;
        continue;
      }
      readingFields = false;
    }
    if (!section) {
      if (lineText.trim()) report({ line: lineNo, message: 'Text appears outside a known section.', fix: 'Move it under a section heading that ends with a section key, e.g. `## Findings {#findings}`.' });
      continue;
    }
    if (buffer.length === 0 && !lineText.trim()) {
      bufferLine = lineNo + 1;
      continue;
    }
    buffer.push(lineText);
  }
  flush();

  for (const key of SECTION_KEYS) {
    if (!sections.has(key) && !OPTIONAL_SECTIONS.includes(key)) {
      report({ message: `The "${key}" section is missing.`, fix: `Add a section headed \`## <your heading> {#${key}}\` (see content/README.md).` });
    }
  }

  // --- rendering ------------------------------------------------------------
  // Each piece of HTML goes through the shared check now and the sanitizer later
  // (sanitizeFragments); its field holds a placeholder until then.
  const clean = (html: string, line: number, body: string, itemId?: string): string => {
    const fragment: Fragment = { html, line, body, ...(itemId ? { itemId } : {}) };
    const rejected = checkHtml(html);
    if (rejected.length) {
      for (const what of rejected) reject(draft, what, fragment);
      // A few problems: the sanitizer still looks (it checks links), and names only what the check did not.
      // Many, or deep nesting: it does not (that is what makes DOMPurify take seconds).
      if (rejected.length > FEW || rejected.some((r) => r.includes('levels deep'))) fragment.html = '';
      else fragment.checked = rejected;
    }
    draft.fragments.push(fragment);
    return placeholder(draft.fragments.length - 1);
  };
  /** Runs marked on `md`, unless it nests deeper than the limit or marked fails: then a diagnostic, and `fallback`. */
  const safely = <T>(md: string, line: number, itemId: string | undefined, fallback: T, run: () => T): T => {
    const deep = deepestLine(md);
    const where = { line: line + deep.index, ...(itemId ? { itemId } : {}) };
    const fix = `Use at most ${MAX_NESTING} levels of \`>\` quotes and nested lists; most summaries need two or three.`;
    if (deep.depth > MAX_NESTING) {
      draft.unreadable = true;
      report({ ...where, message: `The text is nested ${deep.depth} levels deep (quotes or lists), more than the ${MAX_NESTING} a summary may use.`, fix });
      return fallback;
    }
    try {
      return run();
    } catch (err) {
      draft.unreadable = true;
      report({ ...where, message: `The Markdown parser could not read this text (${firstLine(err)}); it is probably nested too deeply.`, fix });
      return fallback;
    }
  };
  const block = (md: string, line: number, itemId?: string) =>
    md ? clean(safely(md, line, itemId, '', () => marked.parse(md, { async: false })), line, md, itemId) : '';
  const inline = (md: string, line: number, itemId?: string) => clean(safely(md, line, itemId, '', () => marked.parseInline(md, { async: false })), line, md, itemId);
  const lex = (md: string, line: number, itemId?: string) => safely(md, line, itemId, [] as Token[], () => marked.lexer(md));
  const plain = (md: string, line = 0, itemId?: string) => plainText(lex(md, line, itemId));
  const intro = (key: SectionKey) => {
    const s = sections.get(key);
    return s ? block(s.intro, s.introLine) : '';
  };
  /** A prose section, with its first sentence as plain text. */
  const prose = (key: SectionKey) => {
    const md = sections.get(key)?.intro ?? '';
    const text = md ? plain(md) : '';
    return { html: intro(key), lead: /^.*?[.!?](?=\s|$)/s.exec(text)?.[0] ?? text };
  };
  const items = (key: SectionKey) => sections.get(key)?.items ?? [];
  const locations: ItemLocations = new Map();
  const base = (it: RawItem) => {
    locations.set(it.id, { line: it.line, fieldLines: it.fieldLines });
    return {
      id: it.id,
      statementHtml: inline(it.title, it.line, it.id),
      statement: plain(it.title, it.line, it.id),
    };
  };

  const findings: Finding[] = items('findings').map((it) => {
    const { level, wording } = it.fields;
    const finding: Finding = {
      ...base(it),
      detailHtml: block(it.body, it.bodyLine, it.id),
      headline: it.fields['headline'] === true,
      sources: stringList(it.fields['sources']),
      related: stringList(it.fields['related']),
    };
    if (level !== undefined || wording !== undefined) {
      finding.grade = { level: String(level ?? '') as never, wording: String(wording ?? '').trim() };
    }
    return finding;
  });

  const stakeholderViews: StakeholderView[] = items('stakeholder-views').map((it) => ({
    ...base(it),
    detailHtml: block(it.body, it.bodyLine, it.id),
    holders: String(it.fields['holders'] ?? '').trim(),
    sources: stringList(it.fields['sources']),
  }));

  const implications: Implication[] = (['implications-local', 'implications-national'] as const).flatMap((key) =>
    items(key).map((it) => {
      const tokens = lex(it.body, it.bodyLine, it.id);
      const lastContent = [...tokens].reverse().find((t) => t.type !== 'space');
      const list = lastContent?.type === 'list' ? (lastContent as Tokens.List) : undefined;
      const preambleTokens = tokens.filter((t) => t !== list);
      const preambleMd = preambleTokens.map((t) => t.raw).join('').trim();
      return {
        ...base(it),
        audience: (key === 'implications-local' ? 'local' : 'national') as Audience,
        preambleHtml: block(preambleMd, it.bodyLine, it.id),
        pointsHtml: list
          ? list.items.map((li) => clean(safely(li.text, it.bodyLine, it.id, '', () => marked.parseInline(li.text.trim(), { async: false })), it.bodyLine, it.body, it.id))
          : [],
        sources: stringList(it.fields['sources']),
      };
    }),
  );

  const whatWorks: WhatWorksItem[] = items('what-works').map((it) => ({
    ...base(it),
    detailHtml: block(it.body, it.bodyLine, it.id),
    restsOn: stringList(it.fields['rests-on']),
    related: stringList(it.fields['related']),
    sources: stringList(it.fields['sources']),
  }));

  const evidenceGaps: EvidenceGap[] = items('evidence-gaps').map((it) => ({
    ...base(it),
    detailHtml: block(it.body, it.bodyLine, it.id),
    sources: stringList(it.fields['sources']),
  }));

  const references: Reference[] = items('references').map((it) => {
    locations.set(it.id, { line: it.line, fieldLines: it.fieldLines });
    const f = it.fields;
    const ref: Reference = {
      id: it.id,
      role: String(f['role'] ?? '') as Reference['role'],
      authors: stringList(f['authors']),
      year: String(f['year'] ?? ''),
    };
    for (const key of ['title', 'topic', 'series', 'publisher', 'place', 'url', 'accessed'] as const) {
      if (f[key] !== undefined && f[key] !== null && String(f[key]).trim()) ref[key] = String(f[key]).trim();
    }
    if (!ref.title && !ref.topic) ref.title = plain(it.title, it.line, it.id);
    return ref;
  });

  const glossary: GlossaryTerm[] = items('glossary').map((it) => {
    locations.set(it.id, { line: it.line, fieldLines: it.fieldLines });
    return {
      id: it.id,
      term: plain(it.title, it.line, it.id),
      definitionHtml: block(it.body, it.bodyLine, it.id),
      definition: plain(it.body, it.bodyLine, it.id),
      definedBy: 'library' as const,
    };
  });

  const str = (key: string) => (meta[key] === undefined || meta[key] === null ? '' : String(meta[key]).trim());
  const summaryMeta: SummaryMeta = {
    id: str('id'),
    title: str('title'),
    series: str('series'),
    number: Number(meta['number']),
    published: str('published'),
    lastReviewed: str('last-reviewed'),
    lang: str('lang') as SummaryMeta['lang'],
    publisher: str('publisher'),
    publisherShort: str('publisher-short') || str('publisher'),
    copyright: str('copyright'),
    basedOn: str('based-on'),
    citation: str('citation'),
    file,
  };

  const summary: Summary = {
    meta: summaryMeta,
    scope: prose('scope'),
    introduction: prose('introduction'),
    caveat: prose('caveat'),
    context: prose('context'),
    intros: {
      findings: intro('findings'),
      stakeholderViews: intro('stakeholder-views'),
      implicationsLocal: intro('implications-local'),
      implicationsNational: intro('implications-national'),
      whatWorks: intro('what-works'),
      evidenceGaps: intro('evidence-gaps'),
    },
    findings,
    stakeholderViews,
    implications,
    whatWorks,
    evidenceGaps,
    references,
    glossary,
  };

  diagnostics.push(...validateSummary(summary, { file, metaLines, locations }));
  draft.summary = summary;
  return draft;
}

/**
 * The line of `md` (0-based) nested deepest, by its leading quote and list markers, and
 * how deep. Linear: marked recurses once per level, and fails past a few thousand.
 */
function deepestLine(md: string): { index: number; depth: number } {
  let best = { index: 0, depth: 0 };
  const marker = /[ \t]{0,3}(?:>|[*+-](?=[ \t])|\d{1,9}[.)](?=[ \t]))/y;
  md.split('\n').forEach((line, index) => {
    let depth = 0;
    marker.lastIndex = 0;
    while (marker.exec(line)) depth++;
    if (depth > best.depth) best = { index, depth };
  });
  return best;
}

function stringList(value: unknown): string[] {
  if (value === undefined || value === null || value === '') return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map((v) => String(v).trim()).filter(Boolean);
}

/**
 * Parses YAML, throwing its first error or warning: an unresolved tag (`title: !x y`) or an
 * unknown directive (`wording: %d`) would otherwise change the value without a word.
 */
function readYaml(text: string): unknown {
  const doc = parseDocument(text);
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) throw problem;
  return doc.toJS();
}

function firstLine(err: unknown): string {
  return String(err instanceof Error ? err.message : err).split('\n')[0]!;
}

/** Plain text of Markdown tokens: what a screen reader or a citation needs. */
function plainText(tokens: Token[]): string {
  let out = '';
  for (const t of tokens) {
    if ('tokens' in t && Array.isArray(t.tokens) && t.type !== 'codespan') out += plainText(t.tokens);
    else if (t.type === 'list') out += (t as Tokens.List).items.map((li) => plainText(li.tokens)).join(' ');
    else if ('text' in t && typeof t.text === 'string') out += t.text;
    else if (t.type === 'space' || t.type === 'br') out += ' ';
    if (t.type === 'paragraph') out += ' ';
  }
  return out.replace(/\s+/g, ' ').trim();
}
