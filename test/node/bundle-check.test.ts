/**
 * The CDN build's checks, as `npm run size` runs them (after `npm run build`, as in `npm test`):
 * - scripts/bundle-check.ts: the pure check fails on a build-time tool in rollup's module graph,
 *   on summary content in the core and on a stale cdn/; the real script passes on the real build
 *   and writes the integrity hashes;
 * - size-limit with .size-limit.mjs: the budgets (core 20 KB gzip, each chunk 8 KB, the src
 *   runtime 72 KB), measured as gzip level 9, pass on the real build and fail a copy made too big.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { checkBundle, sri, type BundleStats } from '../../scripts/bundle-check.js';
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

const FILES = ['evidence-guidance.js', CONTENT, THEME];

describe('checkBundle (pure)', () => {
  test('passes a build with no build-time tools', () => {
    const { rows, failures } = checkBundle(fakeStats(), FILES);
    assert.deepEqual(failures, []);
    assert.deepEqual(
      rows.map((r) => [r.file, r.kind, r.status]),
      [
        ['evidence-guidance.js', 'core', 'ok'],
        [CONTENT, 'content', 'ok'],
        [THEME, 'theme', 'ok'],
      ],
    );
  });

  test('reports upgrade.js holding more than src/upgrade.ts (Lit, say): a snippet page would run it before its first paint', () => {
    const stats = fakeStats();
    stats.chunks.push({ fileName: 'upgrade.js', isEntry: true, modules: ['src/upgrade.ts'] });
    assert.deepEqual(checkBundle(stats, [...FILES, 'upgrade.js']).failures, []);
    stats.chunks.at(-1)!.modules.push('node_modules/lit-html/lit-html.js');
    const { rows, failures } = checkBundle(stats, [...FILES, 'upgrade.js']);
    assert.equal(failures.length, 1, failures.join('\n'));
    assert.match(failures[0]!, /upgrade\.js contains node_modules\/lit-html\/lit-html\.js: it must hold only src\/upgrade\.ts/);
    assert.deepEqual(rows.find((r) => r.file === 'upgrade.js')!.kind, 'upgrade');
  });

  test('reports marked in the core bundle', () => {
    const { rows, failures } = checkBundle(fakeStats(['node_modules/marked/lib/marked.esm.js']), FILES);
    assert.equal(failures.length, 1, failures.join('\n'));
    assert.match(failures[0]!, /evidence-guidance\.js contains marked .*node_modules\/marked\/lib\/marked\.esm\.js/);
    assert.equal(rows[0]!.status, 'FAIL');
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
    const { failures } = checkBundle(fakeStats([], tools), FILES);
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
    const ok = checkBundle(stats, [...FILES, RUNTIME]);
    assert.deepEqual(ok.failures, []);
    assert.deepEqual(ok.rows.find((r) => r.file === RUNTIME), { file: RUNTIME, kind: 'runtime', modules: 5, status: 'ok' });

    // sanitize-html and build scripts are never allowed, not even there.
    stats.chunks.at(-1)!.modules.push('node_modules/sanitize-html/index.js', 'scripts/lib/sanitize.ts');
    const bad = checkBundle(stats, [...FILES, RUNTIME]);
    assert.equal(bad.failures.length, 2, bad.failures.join('\n'));
    assert.match(bad.failures[0]!, /contains sanitize-html .*Build-time tools must never reach the browser/);
    assert.match(bad.failures[1]!, /contains a build script/);
  });

  test('names the src runtime chunk as the only place for marked, YAML and DOMPurify', () => {
    const { failures } = checkBundle(fakeStats(['node_modules/dompurify/dist/purify.es.mjs']), FILES);
    assert.equal(failures.length, 1, failures.join('\n'));
    assert.match(failures[0]!, /evidence-guidance\.js contains DOMPurify .*It may be only in the src runtime chunk/);
  });

  test('does not mistake look-alike names for build tools', () => {
    const { failures } = checkBundle(fakeStats(['src/internal/marked-text.ts', 'node_modules/markedly/x.js', 'src/content/parse-helpers.ts']), FILES);
    assert.deepEqual(failures, []);
  });

  test('reports content inlined into the core bundle, and a build with no content chunk', () => {
    const stats: BundleStats = { chunks: [{ fileName: 'evidence-guidance.js', isEntry: true, modules: ['src/generated/index.ts', 'src/generated/early-years-integration.ts'] }] };
    const { failures } = checkBundle(stats, ['evidence-guidance.js']);
    assert.ok(failures.some((f) => /No content chunk/.test(f)), failures.join('\n'));
    assert.ok(failures.some((f) => /contains summary content \(src\/generated\/early-years-integration\.ts\)/.test(f)), failures.join('\n'));
  });

  test('reports stale output: a chunk on disk that rollup did not write, or one it wrote that is missing', () => {
    assert.ok(checkBundle(fakeStats(), [...FILES, 'chunks/old-123.js']).failures.some((f) => f.startsWith('chunks/old-123.js is not in rollup')));
    const missing = checkBundle(fakeStats(), FILES.filter((f) => f !== CONTENT));
    assert.ok(missing.failures.some((f) => f.startsWith(`${CONTENT} is in rollup's stats but not on disk`)));
    assert.equal(missing.rows.find((r) => r.file === CONTENT)!.status, 'MISSING');
  });
});

describe('scripts/bundle-check.ts on the real build', () => {
  test('passes, lists the core bundle and the content chunk, and writes the integrity', () => {
    assert.ok(existsSync(join(root, 'cdn', 'bundle-stats.json')), 'cdn/bundle-stats.json is missing: run `npm run build` first');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bundle-check.ts'], { cwd: root, encoding: 'utf8' });
    assert.equal(run.status, 0, `${run.stdout}\n${run.stderr}`);
    assert.match(run.stdout, /^cdn\/evidence-guidance\.js\s+core\s+\d+\s+ok$/m);
    assert.match(run.stdout, /^cdn\/chunks\/early-years-integration\.js\s+content\s+\d+\s+ok$/m);
    assert.match(run.stdout, /^cdn\/chunks\/markdown-source\.js\s+runtime\s+\d+\s+ok$/m);
    assert.match(run.stdout, /^cdn\/chunks\/cy\.js\s+words\s+\d+\s+ok$/m);

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
    const contentChunk = Object.keys(integrity).find((f) => f === 'chunks/early-years-integration.js');
    assert.ok(contentChunk, 'the content chunk has an integrity entry');
  });

  test('exits 1 when the rollup stats show marked in the core bundle', () => {
    const copy = mkdtempSync(join(tmpdir(), 'eg-size-'));
    try {
      cpSync(join(root, 'cdn'), copy, { recursive: true });
      const stats = JSON.parse(readFileSync(join(copy, 'bundle-stats.json'), 'utf8')) as BundleStats;
      stats.chunks.find((c) => c.fileName === 'evidence-guidance.js')!.modules.push('node_modules/marked/lib/marked.esm.js');
      writeFileSync(join(copy, 'bundle-stats.json'), JSON.stringify(stats));
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bundle-check.ts', copy], { cwd: root, encoding: 'utf8' });
      assert.equal(run.status, 1, `${run.stdout}\n${run.stderr}`);
      assert.match(run.stderr, /evidence-guidance\.js contains marked \(Markdown parser\): node_modules\/marked\/lib\/marked\.esm\.js/);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});

interface SizeLimitResult {
  name: string;
  passed?: boolean;
  size: number;
  sizeLimit?: number;
}

/** size-limit with the repository's .size-limit.mjs, on cdn/ or a copy of it (EG_CDN). */
function sizeLimit(cdn?: string): { status: number | null; results: SizeLimitResult[]; output: string } {
  const run = spawnSync(process.execPath, [join(root, 'node_modules', 'size-limit', 'bin.js'), '--json'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...(cdn ? { EG_CDN: cdn } : {}) },
  });
  const output = `${run.stdout}\n${run.stderr}`;
  return { status: run.status, results: JSON.parse(run.stdout) as SizeLimitResult[], output };
}

describe('size-limit (.size-limit.mjs) on the real build', () => {
  const gzip = (file: string) => gzipSync(readFileSync(join(root, 'cdn', file)), { level: 9 }).length;

  test('holds the core bundle to 20 KB gzip, measured as gzip level 9, and passes', () => {
    const { status, results, output } = sizeLimit();
    const core = results.find((r) => r.name.startsWith('cdn/evidence-guidance.js '))!;
    assert.ok(core, output);
    assert.equal(core.sizeLimit, 20480);
    assert.equal(core.size, gzip('evidence-guidance.js'), 'size-limit measures what gzip -9 gives');
    assert.equal(core.passed, true, output);
    assert.equal(status, 0, output);
  });

  test('holds every chunk to 8 KB gzip, the src runtime and its worker to 72 KB, and shows a Welsh page without a budget', () => {
    const { results, output } = sizeLimit();
    const chunks = readdirSync(join(root, 'cdn', 'chunks')).filter((f) => f.endsWith('.js'));
    assert.ok(chunks.length >= 5, chunks.join(', '));
    for (const f of chunks) {
      const check = results.find((r) => r.name === `cdn/chunks/${f}` || r.name.startsWith(`cdn/chunks/${f} `));
      assert.ok(check, `no size-limit check for cdn/chunks/${f}\n${output}`);
      const runtime = /^(markdown-source|parse-worker)\.js$/.test(f);
      assert.equal(check.sizeLimit, runtime ? 72 * 1024 : 8 * 1024, f);
      assert.equal(check.size, gzip(`chunks/${f}`), f);
      assert.equal(check.passed, true, `${f}: ${check.size}`);
    }
    const welsh = results.find((r) => r.name.startsWith('A Welsh page'));
    assert.ok(welsh && welsh.sizeLimit === undefined, output);
    const cy = chunks.find((f) => f === 'cy.js')!;
    assert.equal(welsh.size, gzip('evidence-guidance.js') + gzip(`chunks/${cy}`));
  });

  test('exits 1 when the core bundle is over 20 KB gzip or a chunk over 8 KB gzip', () => {
    const copy = mkdtempSync(join(tmpdir(), 'eg-size-limit-'));
    try {
      cpSync(join(root, 'cdn'), copy, { recursive: true });
      const content = readdirSync(join(copy, 'chunks')).find((f) => f === 'early-years-integration.js')!;
      // Random bytes do not compress: 9 KB of them put the chunk over 8 KB gzip whatever it was.
      appendFileSync(join(copy, 'chunks', content), `/*${randomBytes(9 * 1024).toString('base64')}*/`);
      let run = sizeLimit(copy);
      assert.equal(run.status, 1, run.output);
      assert.equal(run.results.find((r) => r.name === `cdn/chunks/${content}`)!.passed, false);

      cpSync(join(root, 'cdn', 'chunks', content), join(copy, 'chunks', content));
      assert.equal(sizeLimit(copy).results.find((r) => r.name === `cdn/chunks/${content}`)!.passed, true, 'restored, the chunk passes again');
      appendFileSync(join(copy, 'evidence-guidance.js'), `/*${randomBytes(21 * 1024).toString('base64')}*/`);
      run = sizeLimit(copy);
      assert.equal(run.status, 1, run.output);
      assert.equal(run.results.find((r) => r.name.startsWith('cdn/evidence-guidance.js '))!.passed, false);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
