/**
 * content/README.md is the authoring guide: it must document every field, section key,
 * level and role the parser accepts, and list exactly the ids of early-years-integration.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { compileFile } from '../../scripts/lib/compile.js';
import { EVIDENCE_LEVELS } from '../../src/content/levels.js';
import { ITEM_FIELDS, META_FIELDS, SECTION_KEYS } from '../../src/content/parse.js';
import { CONTENT_LANGUAGES, REFERENCE_ROLES, type Summary } from '../../src/content/types.js';
import { root } from './support.js';

const readme = readFileSync(join(root, 'content', 'README.md'), 'utf8');
/** The text of the README's `## title` section (headings inside code blocks do not count). */
const section = (title: string) => {
  const out: string[] = [];
  let inFence = false;
  let inside = false;
  for (const line of readme.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (!inFence && line.startsWith('## ')) inside = line === `## ${title}`;
    if (inside) out.push(line);
  }
  assert.ok(out.length > 0, `README has the section "${title}"`);
  return out.join('\n');
};

let summary: Summary;
before(async () => {
  summary = (await compileFile(join(root, 'content', 'early-years-integration.md'), root)).summary!;
  assert.ok(summary);
});

describe('content/README.md documents the format', () => {
  test('every front-matter field, in a table row', () => {
    const part = section('Front matter');
    for (const f of META_FIELDS) assert.match(part, new RegExp(`^\\| \`${f}\` \\|`, 'm'), f);
  });

  test('every section key', () => {
    const part = section('Sections');
    for (const k of SECTION_KEYS) assert.match(part, new RegExp(`^\\| \`${k}\` \\|`, 'm'), k);
  });

  test('the fields of every kind of item, as the parser lists them', () => {
    const part = section('Fields for each kind of item');
    for (const [kind, fields] of Object.entries(ITEM_FIELDS)) {
      const expected = fields.length ? fields.map((f) => `\`${f}\``).join(', ') : 'none';
      assert.ok(part.includes(`| \`${kind}\` | ${expected} |`), `${kind}: ${expected}`);
    }
  });

  test('every evidence level, every reference role and every language', () => {
    const levels = section("Evidence levels and the source's wording");
    for (const l of EVIDENCE_LEVELS) assert.match(levels, new RegExp(`^\\| \`${l}\` \\|`, 'm'), l);
    for (const r of REFERENCE_ROLES) assert.ok(readme.includes(`\`${r}\``), r);
    for (const l of CONTENT_LANGUAGES) assert.ok(readme.includes(`\`${l}\``), l);
  });
});

describe('content/README.md lists the ids of early-years-integration', () => {
  test('exactly the ids in the summary, each once', () => {
    const part = section('Content ids of early-years-integration');
    const listed = [...part.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1]!);
    const actual = [
      ...summary.findings, ...summary.stakeholderViews, ...summary.implications, ...summary.whatWorks,
      ...summary.evidenceGaps, ...summary.references, ...summary.glossary,
    ].map((x) => x.id);
    assert.deepEqual([...listed].sort(), [...actual].sort());
  });

  test('the grades in the id table match the summary', () => {
    const part = section('Content ids of early-years-integration');
    for (const f of summary.findings) {
      const row = part.split('\n').find((l) => l.startsWith(`| \`${f.id}\` |`))!;
      if (f.grade) assert.ok(row.includes(`${f.grade.level}, "${f.grade.wording}"`), row);
      else assert.ok(row.includes('not graded'), row);
    }
  });
});
