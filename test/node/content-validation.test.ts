/**
 * Content validation: every fixture in test/fixtures/content/ is the valid minimal summary
 * (valid-minimal.md) with one deliberate mistake, and must fail with the right message,
 * file and line, and with nothing else.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { compileFile, compileText } from '../../scripts/lib/compile.js';
import { formatDiagnostic, type ContentDiagnostic } from '../../src/content/diagnostics.js';
import { EVIDENCE_LEVELS } from '../../src/content/levels.js';
import { SECTION_KEYS } from '../../src/content/parse.js';
import { FIXTURES, lineOf, root } from './support.js';

/** The evidence levels, written out: the error message must list exactly these. */
const LEVELS_TEXT = 'strong, moderate, emerging, indirect, none';

const read = (name: string) => readFileSync(join(root, FIXTURES, name), 'utf8');
const list = (ds: ContentDiagnostic[]) => ds.map(formatDiagnostic).join('\n') || '(no diagnostics)';

interface BadFixture {
  file: string;
  /** What the mistake is. */
  what: string;
  /** The expected line, worked out from the fixture's text; undefined when no line can be known. */
  line: (text: string) => number | undefined;
  /** What the message (or, with `inFormatted`, the whole formatted line) must contain. */
  message: Array<string | RegExp>;
  inFormatted?: Array<string | RegExp>;
  itemId?: string;
}

const BAD: BadFixture[] = [
  {
    file: 'unknown-level.md',
    what: 'an unknown evidence level',
    line: (t) => lineOf(t, 'level: robust'),
    message: ['Unknown evidence level "robust"', 'finding "graded-finding"'],
    inFormatted: [`Use one of: ${LEVELS_TEXT}.`],
    itemId: 'graded-finding',
  },
  {
    file: 'duplicate-id.md',
    what: 'a duplicate id',
    // Reported where the id is used the second time.
    line: (t) => lineOf(t, '{#graded-finding}', 2),
    message: ['The id "graded-finding" is used twice'],
    itemId: 'graded-finding',
  },
  {
    file: 'graded-without-wording.md',
    what: 'a graded claim without the source wording',
    line: (t) => lineOf(t, 'level: strong'),
    message: ['The graded finding "graded-finding" has no wording from the source'],
    inFormatted: ['Add `wording:`'],
    itemId: 'graded-finding',
  },
  {
    file: 'wording-without-level.md',
    what: 'source wording without a level',
    line: (t) => lineOf(t, 'wording: robust evidence'),
    message: ['The finding "graded-finding" has wording but no evidence level'],
    inFormatted: [LEVELS_TEXT],
    itemId: 'graded-finding',
  },
  {
    file: 'unknown-related-finding.md',
    what: 'a `related:` link to an unknown finding',
    line: (t) => lineOf(t, 'related: [no-such-finding]'),
    message: ['"graded-finding" links to an unknown finding "no-such-finding" in `related`'],
    inFormatted: ['graded-finding, ungraded-finding'],
    itemId: 'graded-finding',
  },
  {
    file: 'unknown-rests-on.md',
    what: 'a `rests-on:` link to an unknown finding',
    line: (t) => lineOf(t, 'rests-on: [no-such-finding]'),
    message: ['"a-what-works-item" links to an unknown finding "no-such-finding" in `rests-on`'],
    itemId: 'a-what-works-item',
  },
  {
    file: 'unknown-source.md',
    what: 'a `sources:` link to an unknown reference',
    line: (t) => lineOf(t, 'sources: [no-such-reference]'),
    message: ['"a-view" links to an unknown reference "no-such-reference" in `sources`'],
    inFormatted: ['main-review-2009, related-review-2009'],
    itemId: 'a-view',
  },
  {
    file: 'unknown-based-on.md',
    what: 'a `based-on:` link to an unknown reference',
    line: (t) => lineOf(t, 'based-on: no-such-reference'),
    message: ['"based-on" names an unknown reference "no-such-reference"'],
  },
  {
    file: 'raw-html-img.md',
    what: 'raw HTML (an <img> with an onerror handler)',
    line: (t) => lineOf(t, '<img src=x onerror=alert(1)>'),
    message: ['Content that the allow-list rejects', '"<img"'],
    itemId: 'graded-finding',
  },
  {
    file: 'raw-html-script.md',
    what: 'raw HTML (a <script> block)',
    line: (t) => lineOf(t, '<script>alert(1)</script>'),
    message: ['Content that the allow-list rejects', '"<script"'],
    itemId: 'graded-finding',
  },
  {
    file: 'javascript-link.md',
    what: 'a javascript: link',
    line: (t) => lineOf(t, '](javascript:alert(1))'),
    message: ['Content that the allow-list rejects', 'scheme javascript:'],
    inFormatted: ['http, https or mailto'],
    itemId: 'graded-finding',
  },
  {
    file: 'data-link.md',
    what: 'a data: link',
    line: (t) => lineOf(t, '](data:text/html'),
    message: ['Content that the allow-list rejects', 'scheme data:'],
    itemId: 'graded-finding',
  },
  {
    file: 'unknown-section-key.md',
    what: 'an unknown section key',
    line: (t) => lineOf(t, '{#notes}'),
    message: ['Unknown section "notes"'],
    inFormatted: SECTION_KEYS.map((k) => `{#${k}}`),
  },
  {
    file: 'item-without-id.md',
    what: 'an item without an id',
    line: (t) => lineOf(t, '### More rigorous studies'),
    message: ['The item "More rigorous studies" has no id'],
  },
  {
    file: 'unknown-field.md',
    what: 'an unknown field on an item',
    line: (t) => lineOf(t, 'strength: high'),
    message: ['Unknown field "strength" in findings item "graded-finding"'],
    inFormatted: ['Use only: headline, level, wording, sources, related.'],
    itemId: 'graded-finding',
  },
  {
    file: 'bad-published.md',
    what: 'a publication date not in the form YYYY-MM',
    line: (t) => lineOf(t, 'published: March 2009'),
    message: ['The publication date "March 2009" is not in the form YYYY-MM'],
  },
  {
    file: 'missing-section.md',
    what: 'a missing section',
    // A missing section has no line to point at: the diagnostic names the file only.
    line: () => undefined,
    message: ['The "glossary" section is missing'],
    inFormatted: ['{#glossary}'],
  },
  {
    file: 'no-front-matter.md',
    what: 'no front matter',
    line: () => 1,
    message: ['The file has no front matter'],
  },
];

describe('the valid minimal fixture', () => {
  test('compiles with no diagnostics', async () => {
    const result = await compileFile(join(root, FIXTURES, 'valid-minimal.md'), root);
    assert.deepEqual(result.diagnostics, [], list(result.diagnostics));
    assert.ok(result.summary, 'a valid file yields a summary');
    const [graded, ungraded] = result.summary.findings;
    assert.deepEqual(graded?.grade, { level: 'strong', wording: 'robust evidence' });
    assert.equal(ungraded?.grade, undefined, 'a statement with no level and no wording stays ungraded');
  });

  test('a stakeholder item may leave out holders: it is then what studies of stakeholders found', async () => {
    const text = read('valid-minimal.md').replace('holders: many stakeholders\n', '');
    const { summary, diagnostics } = compileText(text, 'valid-minimal.md');
    assert.deepEqual(diagnostics, [], list(diagnostics));
    assert.equal(summary!.stakeholderViews[0]!.holders, '');
  });

  test('the context section may be left out', () => {
    const text = read('valid-minimal.md').replace(/## Policy context \{#context\}\n\nThe policies[^\n]*\n\n/, '');
    const { summary, diagnostics } = compileText(text, 'valid-minimal.md');
    assert.deepEqual(diagnostics, [], list(diagnostics));
    assert.deepEqual(summary!.context, { html: '', lead: '' });
  });

  test('every section key is present, so each bad fixture fails for one reason only', () => {
    const text = read('valid-minimal.md');
    for (const key of SECTION_KEYS) assert.ok(text.includes(`{#${key}}`), `valid-minimal.md has the ${key} section`);
  });

  test('the level list the messages are checked against is the declared scale', () => {
    assert.equal(EVIDENCE_LEVELS.join(', '), LEVELS_TEXT);
  });
});

describe('bad fixtures fail with the right message, file and line', () => {
  for (const bad of BAD) {
    test(`${bad.file}: ${bad.what}`, async () => {
      const text = read(bad.file);
      const expectedLine = bad.line(text);
      const file = `${FIXTURES}/${bad.file}`;
      const result = await compileFile(join(root, file), root);

      assert.equal(result.summary, undefined, 'a file with errors yields no summary');
      assert.equal(result.diagnostics.length, 1, `exactly one problem expected, got:\n${list(result.diagnostics)}`);
      const d = result.diagnostics[0]!;
      assert.equal(d.file, file);
      assert.equal(d.line, expectedLine, `line of: ${formatDiagnostic(d)}`);
      if (bad.itemId) assert.equal(d.itemId, bad.itemId);
      for (const m of bad.message) {
        if (typeof m === 'string') assert.ok(d.message.includes(m), `message ${JSON.stringify(d.message)} should contain ${JSON.stringify(m)}`);
        else assert.match(d.message, m);
      }
      assert.ok(d.fix.trim().length > 0, 'every diagnostic says how to fix it');

      const formatted = formatDiagnostic(d);
      const where = expectedLine === undefined ? `${file}: ` : `${file}:${expectedLine}: `;
      assert.ok(formatted.startsWith(where), `${JSON.stringify(formatted)} should start with ${JSON.stringify(where)}`);
      for (const m of bad.inFormatted ?? []) {
        if (typeof m === 'string') assert.ok(formatted.includes(m), `${JSON.stringify(formatted)} should contain ${JSON.stringify(m)}`);
        else assert.match(formatted, m);
      }
    });
  }

  test('the fixture list covers every bad fixture on disk', async () => {
    const { readdir } = await import('node:fs/promises');
    const onDisk = (await readdir(join(root, FIXTURES))).filter((f) => f.endsWith('.md') && f !== 'valid-minimal.md').sort();
    assert.deepEqual(onDisk, BAD.map((b) => b.file).sort());
  });
});

describe('more mistakes, derived from the valid fixture in memory', () => {
  const base = read('valid-minimal.md');
  const file = `${FIXTURES}/valid-minimal.md`;
  const cases: Array<{ what: string; from: string; to: string; offending: string; message: string }> = [
    { what: 'an impossible last-reviewed date', from: 'last-reviewed: 2026-11-29', to: 'last-reviewed: 2026-02-30', offending: 'last-reviewed:', message: 'The last-reviewed date "2026-02-30" is not a date in the form YYYY-MM-DD' },
    { what: 'an unsupported language', from: 'lang: en', to: 'lang: fr', offending: 'lang:', message: 'Unknown language "fr"' },
    { what: 'an unknown front-matter field', from: 'lang: en', to: 'lang: en\nauthor: Someone', offending: 'author:', message: 'Unknown front-matter field "author"' },
    { what: 'a level-1 heading', from: '## Scope {#scope}', to: '# A title\n\n## Scope {#scope}', offending: '# A title', message: 'A level-1 heading' },
    { what: 'a what-works item that rests on nothing', from: 'rests-on: [graded-finding]\nrelated: [related-review-2009]\n', to: '', offending: '{#a-what-works-item}', message: 'does not say what it rests on' },
    { what: 'a reference with an unknown role', from: 'role: main-review', to: 'role: primary', offending: 'role: primary', message: 'Unknown reference role "primary"' },
    { what: 'a reference year that is not a year', from: 'year: 2009\npublisher: Test Publisher', to: 'year: c. 2009\npublisher: Test Publisher', offending: 'year: c. 2009', message: 'has the year "c. 2009", which is not a year' },
  ];
  for (const c of cases) {
    test(c.what, () => {
      assert.ok(base.includes(c.from), `the valid fixture contains ${JSON.stringify(c.from)}`);
      const text = base.replace(c.from, c.to);
      const result = compileText(text, file);
      assert.equal(result.summary, undefined);
      assert.equal(result.diagnostics.length, 1, list(result.diagnostics));
      const d = result.diagnostics[0]!;
      assert.ok(d.message.includes(c.message), `${JSON.stringify(d.message)} should contain ${JSON.stringify(c.message)}`);
      const line = lineOf(text, c.offending);
      assert.equal(d.line, line);
      assert.ok(formatDiagnostic(d).startsWith(`${file}:${line}: `));
    });
  }
});

describe('mistakes that are easy to make', () => {
  const base = read('valid-minimal.md');
  const file = `${FIXTURES}/valid-minimal.md`;

  test(
    'fields written after a blank line are reported, not shown as text',
    () => {
      const heading = '### Combined approaches are effective {#graded-finding}\n';
      assert.ok(base.includes(heading));
      const text = base.replace(heading, `${heading}\n`);
      const result = compileText(text, file);
      assert.equal(result.summary, undefined, 'the build must fail');
      // Reported where the stray field lines start.
      assert.equal(result.diagnostics[0]?.line, lineOf(text, 'headline: true'));
      assert.match(result.diagnostics[0]!.message, /separated from its heading by a blank line/);
    },
  );
});

describe('the build CLI in check-only mode', () => {
  const run = (...files: string[]) =>
    spawnSync('npx', ['tsx', 'scripts/build-content.ts', ...files], { cwd: root, encoding: 'utf8', timeout: 60_000 });

  test('fails on unknown-level.md, naming the file, the line and the valid levels', () => {
    const line = lineOf(read('unknown-level.md'), 'level: robust');
    const r = run(`${FIXTURES}/unknown-level.md`);
    assert.equal(r.error, undefined, String(r.error));
    assert.notEqual(r.status, 0, 'exit code');
    assert.ok(r.stderr.includes(`unknown-level.md:${line}: `), `stderr should name unknown-level.md:${line}\n${r.stderr}`);
    assert.ok(r.stderr.includes(LEVELS_TEXT), `stderr should list the valid levels\n${r.stderr}`);
    assert.match(r.stderr, /nothing was written/);
  });

  test('passes on the valid fixture', () => {
    const r = run(`${FIXTURES}/valid-minimal.md`);
    assert.equal(r.error, undefined, String(r.error));
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /1 file\(s\) valid\./);
    assert.equal(r.stderr.trim(), '');
  });

  test('fails when any one of several files is bad, and reports only the bad one', () => {
    const r = run(`${FIXTURES}/valid-minimal.md`, `${FIXTURES}/bad-published.md`);
    assert.notEqual(r.status, 0);
    assert.ok(r.stderr.includes(`bad-published.md:${lineOf(read('bad-published.md'), 'published:')}: `), r.stderr);
    assert.ok(!r.stderr.includes('valid-minimal.md'), r.stderr);
  });
});
