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

/** Cleans HTML with the allow-list and reports what it had to remove. */
export type HtmlSanitizer = (html: string) => { html: string; rejected: string[] };

export interface ParseOptions {
  /** The file name used in diagnostics, e.g. `content/early-years-integration.md`. */
  file: string;
  sanitize: HtmlSanitizer;
}

export interface ParseResult {
  /** The summary, when there were no errors. */
  summary?: Summary;
  diagnostics: ContentDiagnostic[];
}

/** The section keys a summary may use, as `## Any heading {#key}`. */
export const SECTION_KEYS = [
  'scope',
  'introduction',
  'caveat',
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

const PROSE_SECTIONS: readonly SectionKey[] = ['scope', 'introduction', 'caveat'];

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

/** Parses and validates one summary file. Never throws for bad content: it returns diagnostics. */
export function parseSummary(text: string, options: ParseOptions): ParseResult {
  const { file, sanitize } = options;
  const diagnostics: ContentDiagnostic[] = [];
  const report = (d: Omit<ContentDiagnostic, 'file'>) => diagnostics.push({ file, ...d });
  const marked = new Marked({ gfm: true, breaks: false });
  const lines = text.replace(/\r\n?/g, '\n').split('\n');

  // --- front matter -------------------------------------------------------
  let meta: Record<string, unknown> = {};
  const metaLines: Record<string, number> = {};
  let bodyStart = 0;
  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
    if (end < 0) {
      report({ line: 1, message: 'The front matter is not closed.', fix: 'Add a line with only `---` after the last metadata field.' });
      return { diagnostics };
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
    return { diagnostics };
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
    if (!sections.has(key)) {
      report({ message: `The "${key}" section is missing.`, fix: `Add a section headed \`## <your heading> {#${key}}\` (see content/README.md).` });
    }
  }

  // --- rendering and sanitizing ---------------------------------------------
  const clean = (html: string, line: number, body: string, itemId?: string): string => {
    const result = sanitize(html);
    for (const what of result.rejected) {
      report({
        line: findLine(body, line, what),
        ...(itemId ? { itemId } : {}),
        message: `Content that the allow-list rejects: ${what}.`,
        fix: 'Write plain Markdown (no raw HTML) and use only http, https or mailto links; see "What HTML is allowed" in content/README.md.',
      });
    }
    return result.html;
  };
  const block = (md: string, line: number, itemId?: string) => (md ? clean(marked.parse(md, { async: false }), line, md, itemId) : '');
  const inline = (md: string, line: number, itemId?: string) => clean(marked.parseInline(md, { async: false }), line, md, itemId);
  const plain = (md: string) => plainText(marked.lexer(md));
  const intro = (key: SectionKey) => {
    const s = sections.get(key);
    return s ? block(s.intro, s.introLine) : '';
  };
  const items = (key: SectionKey) => sections.get(key)?.items ?? [];
  const locations: ItemLocations = new Map();
  const base = (it: RawItem) => {
    locations.set(it.id, { line: it.line, fieldLines: it.fieldLines });
    return {
      id: it.id,
      statementHtml: inline(it.title, it.line, it.id),
      statement: plain(it.title),
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
      const tokens = marked.lexer(it.body);
      const lastContent = [...tokens].reverse().find((t) => t.type !== 'space');
      const list = lastContent?.type === 'list' ? (lastContent as Tokens.List) : undefined;
      const preambleTokens = tokens.filter((t) => t !== list);
      const preambleMd = preambleTokens.map((t) => t.raw).join('').trim();
      return {
        ...base(it),
        audience: (key === 'implications-local' ? 'local' : 'national') as Audience,
        preambleHtml: block(preambleMd, it.bodyLine, it.id),
        pointsHtml: list ? list.items.map((li) => clean(marked.parseInline(li.text.trim(), { async: false }), it.bodyLine, it.body, it.id)) : [],
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
    if (!ref.title && !ref.topic) ref.title = plain(it.title);
    return ref;
  });

  const glossary: GlossaryTerm[] = items('glossary').map((it) => {
    locations.set(it.id, { line: it.line, fieldLines: it.fieldLines });
    return {
      id: it.id,
      term: plain(it.title),
      definitionHtml: block(it.body, it.bodyLine, it.id),
      definition: plain(it.body),
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
    scope: { html: intro('scope') },
    introduction: { html: intro('introduction') },
    caveat: { html: intro('caveat') },
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
  diagnostics.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
  return diagnostics.length ? { diagnostics } : { summary, diagnostics };
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

/** The line of `body` (which starts at `startLine`) that mentions `what`'s first quoted fragment. */
function findLine(body: string, startLine: number, what: string): number {
  const needle = /"([^"]+)"/.exec(what)?.[1]?.toLowerCase().slice(0, 40);
  if (!needle) return startLine;
  // Markdown writes some elements in its own syntax: an image is `![alt](src)`.
  const needles = needle === '<img' ? [needle, '!['] : [needle];
  const lines = body.split('\n').map((l) => decodeEntities(l).toLowerCase());
  const idx = lines.findIndex((l) => needles.some((n) => l.includes(n)));
  return idx < 0 ? startLine : startLine + idx;
}

/** Decodes numeric and the common named character references, so `java&#x09;script:` is found. */
function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", tab: '\t', newline: '\n', colon: ':' };
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (m, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return named[ref.toLowerCase()] ?? m;
  });
}
