/**
 * Size budgets (scripts/size.ts): the pure check fails on a build-time tool in rollup's
 * module graph and on sizes over budget, and the real script passes on the real build.
 * Runs after `npm run build` (as in `npm test`).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { CHUNK_BUDGET, CORE_BUDGET, RUNTIME_BUDGET, checkBundle, sri, type BundleStats, type FileSize } from '../../scripts/size.js';
import { root } from './support.js';

const CONTENT = 'chunks/early-years-integration-AbC123.js';
const THEME = 'chunks/govuk-XyZ789.js';

/** A build shaped like the real one: Lit and the widgets in the core bundle, content and a theme in chunks. */
function fakeStats(extraCore: string[] = [], extraContent: string[] = []): BundleStats {
  return {
    chunks: [
      {
        fileName: 'evidence-guidance.js',
        isEntry: true,
        modules: ['node_modules/lit-html/lit-html.js', 'src/generated/index.ts', 'src/components/finding/finding.ts', ...extraCore],
      },
      { fileName: CONTENT, modules: ['src/generated/early-years-integration.ts', ...extraContent] },
      { fileName: THEME, modules: ['src/generated/themes/govuk.ts'] },
    ],
  };
}

const small: FileSize = { raw: 30000, gzip: 12000 };
const sizes = (core: FileSize = small, content: FileSize = { raw: 20000, gzip: 5000 }): Record<string, FileSize> => ({
  'evidence-guidance.js': core,
  [CONTENT]: content,
  [THEME]: { raw: 1000, gzip: 400 },
  'themes/govuk.css': { raw: 1300, gzip: 570 },
});

describe('checkBundle (pure)', () => {
  test('passes a build within budget with no build-time tools', () => {
    const { rows, failures } = checkBundle(fakeStats(), sizes());
    assert.deepEqual(failures, []);
    assert.deepEqual(
      rows.map((r) => [r.file, r.kind, r.status]),
      [
        ['evidence-guidance.js', 'core', 'ok'],
        [CONTENT, 'content', 'ok'],
        [THEME, 'theme', 'ok'],
        ['themes/govuk.css', 'theme css', 'info'],
      ],
    );
  });

  test('reports marked in the core bundle', () => {
    const { failures } = checkBundle(fakeStats(['node_modules/marked/lib/marked.esm.js']), sizes());
    assert.equal(failures.length, 1, failures.join('\n'));
    assert.match(failures[0]!, /evidence-guidance\.js contains marked .*node_modules\/marked\/lib\/marked\.esm\.js/);
  });

  test('reports sanitizers, YAML and HTML parsers, the content parser and build scripts in a content chunk', () => {
    const tools = [
      'node_modules/sanitize-html/index.js',
      'node_modules/dompurify/dist/purify.es.mjs',
      'node_modules/yaml/browser/index.js',
      'node_modules/sanitize-html/node_modules/htmlparser2/lib/esm/index.js',
      'src/content/parse.ts',
      'scripts/lib/compile.ts',
    ];
    const { failures } = checkBundle(fakeStats([], tools), sizes());
    assert.equal(failures.length, tools.length, failures.join('\n'));
    for (const [i, tool] of tools.entries()) {
      assert.ok(failures[i]!.startsWith(`${CONTENT} contains `) && failures[i]!.includes(tool), failures[i]);
    }
    assert.match(failures[1]!, /contains DOMPurify/);
    assert.match(failures[3]!, /contains htmlparser2/, 'a nested package is named by its own name');
  });

  test('allows the src runtime chunk its parser, marked, YAML and DOMPurify, and nothing else of the build', () => {
    const RUNTIME = 'chunks/markdown-source-Q1w2E3.js';
    const runtimeModules = [
      'src/runtime/markdown-source.ts',
      'src/content/parse.ts',
      'node_modules/marked/lib/marked.esm.js',
      'node_modules/yaml/browser/dist/index.js',
      'node_modules/dompurify/dist/purify.es.mjs',
    ];
    const stats = fakeStats();
    stats.chunks.push({ fileName: RUNTIME, modules: runtimeModules });
    const withRuntime = { ...sizes(), [RUNTIME]: { raw: 190000, gzip: 60000 } };
    const ok = checkBundle(stats, withRuntime);
    assert.deepEqual(ok.failures, []);
    assert.deepEqual(ok.rows.find((r) => r.file === RUNTIME), { file: RUNTIME, kind: 'runtime', raw: 190000, gzip: 60000, budget: RUNTIME_BUDGET, status: 'ok' });

    // sanitize-html and build scripts are never allowed, not even there; over its budget fails.
    stats.chunks.at(-1)!.modules.push('node_modules/sanitize-html/index.js', 'scripts/lib/sanitize.ts');
    const bad = checkBundle(stats, { ...withRuntime, [RUNTIME]: { raw: 190000, gzip: RUNTIME_BUDGET + 1 } });
    assert.equal(bad.failures.length, 3, bad.failures.join('\n'));
    assert.match(bad.failures[0]!, /markdown-source-Q1w2E3\.js is \d+ bytes gzip, over its budget/);
    assert.match(bad.failures[1]!, /contains sanitize-html .*Build-time tools must never reach the browser/);
    assert.match(bad.failures[2]!, /contains a build script/);
  });

  test('names the src runtime chunk as the only place for marked, YAML and DOMPurify', () => {
    const { failures } = checkBundle(fakeStats(['node_modules/dompurify/dist/purify.es.mjs']), sizes());
    assert.equal(failures.length, 1, failures.join('\n'));
    assert.match(failures[0]!, /evidence-guidance\.js contains DOMPurify .*It may be only in the src runtime chunk/);
  });

  test('does not mistake look-alike names for build tools', () => {
    const { failures } = checkBundle(fakeStats(['src/internal/marked-text.ts', 'node_modules/markedly/x.js', 'src/content/parse-helpers.ts']), sizes());
    assert.deepEqual(failures, []);
  });

  test('reports a core bundle over 20 KB gzip and a chunk over 8 KB gzip', () => {
    assert.equal(CORE_BUDGET, 20480);
    assert.equal(CHUNK_BUDGET, 8192);
    const { rows, failures } = checkBundle(fakeStats(), sizes({ raw: 90000, gzip: CORE_BUDGET + 1 }, { raw: 40000, gzip: CHUNK_BUDGET + 1 }));
    assert.deepEqual(
      rows.filter((r) => r.status === 'OVER').map((r) => r.file),
      ['evidence-guidance.js', CONTENT],
    );
    assert.equal(failures.length, 2, failures.join('\n'));
    assert.match(failures[0]!, /evidence-guidance\.js is 20481 bytes gzip, over its budget of 20480/);
    assert.match(failures[1]!, /early-years-integration-AbC123\.js is 8193 bytes gzip, over its budget of 8192/);
    // Exactly at the budget passes.
    assert.deepEqual(checkBundle(fakeStats(), sizes({ raw: 90000, gzip: CORE_BUDGET })).failures, []);
  });

  test('reports content inlined into the core bundle, and a build with no content chunk', () => {
    const stats: BundleStats = { chunks: [{ fileName: 'evidence-guidance.js', isEntry: true, modules: ['src/generated/index.ts', 'src/generated/early-years-integration.ts'] }] };
    const { failures } = checkBundle(stats, { 'evidence-guidance.js': small });
    assert.ok(failures.some((f) => /No content chunk/.test(f)), failures.join('\n'));
    assert.ok(failures.some((f) => /contains summary content \(src\/generated\/early-years-integration\.ts\)/.test(f)), failures.join('\n'));
  });

  test('reports stale output: a chunk on disk that rollup did not write, or one it wrote that is missing', () => {
    const extra = { ...sizes(), 'chunks/old-123.js': small };
    assert.ok(checkBundle(fakeStats(), extra).failures.some((f) => f.startsWith('chunks/old-123.js is not in rollup')));
    const { [CONTENT]: _gone, ...missing } = sizes();
    assert.ok(checkBundle(fakeStats(), missing).failures.some((f) => f.startsWith(`${CONTENT} is in rollup's stats but was not measured`)));
  });
});

describe('npm run size on the real build', () => {
  test('keeps the core bundle within its 20 KB gzip budget, and names the Welsh words chunk', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/size.ts'], { cwd: root, encoding: 'utf8' });
    assert.match(run.stdout, /^cdn\/evidence-guidance\.js\s+core\s+\d+\s+\d+\s+20480\s+ok$/m);
    assert.match(run.stdout, /^cdn\/chunks\/cy-[\w-]+\.js\s+words\s+\d+\s+\d+\s+8192\s+ok$/m);
    assert.match(run.stdout, /With chunks\/cy-[\w-]+\.js \(loaded only on Welsh pages\): [\d.]+ KB gzip in two files\./);
    assert.equal(run.status, 0, `${run.stdout}\n${run.stderr}`);
  });

  test('passes every other check, lists the core bundle and the content chunk, and writes the integrity', () => {
    assert.ok(existsSync(join(root, 'cdn', 'bundle-stats.json')), 'cdn/bundle-stats.json is missing: run `npm run build` first');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/size.ts', '--no-core-budget'], { cwd: root, encoding: 'utf8' });
    assert.equal(run.status, 0, `${run.stdout}\n${run.stderr}`);
    assert.match(run.stdout, /^cdn\/evidence-guidance\.js\s+core\s+\d+\s+\d+\s+20480\s+(ok|OVER)$/m);
    assert.match(run.stdout, /^cdn\/chunks\/early-years-integration-[\w-]+\.js\s+content\s+\d+\s+\d+\s+8192\s+ok$/m);
    assert.match(run.stdout, /^cdn\/themes\/govuk\.css\s+theme css\s+\d+\s+\d+\s+-\s+info$/m);
    assert.match(run.stdout, new RegExp(`^cdn/chunks/markdown-source-[\\w-]+\\.js\\s+runtime\\s+\\d+\\s+\\d+\\s+${RUNTIME_BUDGET}\\s+ok$`, 'm'));
    assert.match(run.stdout, /Lit alone is about 6\.5 KB/);
    assert.match(run.stdout, /the aim is 15\.0 KB/);

    // The stats really come from rollup: every module of the core bundle exists, and Lit is among them.
    const stats = JSON.parse(readFileSync(join(root, 'cdn', 'bundle-stats.json'), 'utf8')) as BundleStats;
    const core = stats.chunks.find((c) => c.fileName === 'evidence-guidance.js')!;
    assert.ok(core.modules.some((m) => m.startsWith('node_modules/lit-html/')));
    for (const m of core.modules) assert.ok(existsSync(join(root, m)), `${m} is not a file`);

    const integrity = JSON.parse(readFileSync(join(root, 'cdn', 'integrity.json'), 'utf8')) as Record<string, string>;
    const expected = sri(readFileSync(join(root, 'cdn', 'evidence-guidance.js')));
    assert.match(expected, /^sha384-[A-Za-z0-9+/]{64}$/);
    assert.equal(integrity['evidence-guidance.js'], expected);
    assert.ok(run.stdout.includes(expected), 'the integrity is printed');
    const contentChunk = Object.keys(integrity).find((f) => /^chunks\/early-years-integration-/.test(f));
    assert.ok(contentChunk, 'the content chunk has an integrity entry');
  });

  test('exits 1 when the rollup stats show marked in the core bundle', () => {
    const copy = mkdtempSync(join(tmpdir(), 'eg-size-'));
    try {
      cpSync(join(root, 'cdn'), copy, { recursive: true });
      const stats = JSON.parse(readFileSync(join(copy, 'bundle-stats.json'), 'utf8')) as BundleStats;
      stats.chunks.find((c) => c.fileName === 'evidence-guidance.js')!.modules.push('node_modules/marked/lib/marked.esm.js');
      writeFileSync(join(copy, 'bundle-stats.json'), JSON.stringify(stats));
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/size.ts', copy], { cwd: root, encoding: 'utf8' });
      assert.equal(run.status, 1, `${run.stdout}\n${run.stderr}`);
      assert.match(run.stderr, /evidence-guidance\.js contains marked \(Markdown parser\): node_modules\/marked\/lib\/marked\.esm\.js/);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
