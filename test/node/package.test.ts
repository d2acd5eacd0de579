/**
 * The npm package as a consumer gets it: `npm pack` the build, install the tarball into
 * a scratch TypeScript project (module and moduleResolution NodeNext, strict, and
 * skipLibCheck false, so our .d.ts files and the generated JSX/Vue types are checked too),
 * and type-check code that uses every kind of export. A file with deliberate mistakes
 * must fail with exactly the expected errors, so the check itself can fail.
 * Runs after `npm run build` (as in `npm test`).
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { root } from './support.js';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');

let work: string;
let scratch: string;
let packed: string[];

/** The consumer's code: every line must type-check. */
const GOOD = `
import { EVIDENCE_LEVELS, EgFinding, loadSummary, type EvidenceLevel, type Summary, type SummaryListing } from 'evidence-guidance';
import 'evidence-guidance/define.js';
import { listSummaries } from 'evidence-guidance/define.js';
import 'evidence-guidance/components/eg-finding.js';
import { EgFinding as RegisteredFinding } from 'evidence-guidance/components/eg-finding.js';
import { EgEvidenceRating } from 'evidence-guidance/components/eg-evidence-rating.js';
import earlyYears from 'evidence-guidance/content/early-years-integration.js';
import type { CustomElements } from 'evidence-guidance/jsx';
import type { CustomElements as VueElements } from 'evidence-guidance/vue';
import type { GlobalComponents } from 'vue';

const finding: EgFinding = document.createElement('eg-finding');
finding.summary = 'early-years-integration';
finding.finding = 'quality-not-type';
finding.headingLevel = 3;
const rating: EgEvidenceRating = document.createElement('eg-evidence-rating');
rating.level = 'moderate';
const same: typeof EgFinding = RegisteredFinding;

const levels: readonly EvidenceLevel[] = EVIDENCE_LEVELS;
const listings: SummaryListing[] = listSummaries();
const loaded: Summary = await loadSummary('early-years-integration');
const bundled: Summary = earlyYears;

const jsx: CustomElements['eg-finding'] = { summary: 'early-years-integration', finding: 'quality-not-type', 'heading-level': 2 };
const jsxRating: CustomElements['eg-evidence-rating'] = { level: 'strong', wording: 'robust evidence', 'wording-lang': 'en' };
type VueFinding = VueElements['eg-finding'];
const vue: GlobalComponents['eg-finding'] extends VueFinding ? true : false = true;

export { finding, rating, same, levels, listings, loaded, bundled, jsx, jsxRating, vue };
`;

/** Deliberate mistakes, one per line, each with the error tsc must report on that line. */
const BAD: Array<[code: string, error: string]> = [
  [`import { EgFinding } from 'evidence-guidance';`, ''],
  [`import type { CustomElements } from 'evidence-guidance/jsx';`, ''],
  [`import { loadSummary } from 'evidence-guidance/dist/index.js';`, 'TS2307'], // not an export
  [`import { BUNDLED_LOADERS } from 'evidence-guidance/content/index.js';`, 'TS2307'], // explicitly not exported
  [`import 'evidence-guidance/components/eg-no-such-widget.js';`, 'TS2882'], // side-effect import of nothing
  [`const finding: EgFinding = document.createElement('eg-finding');`, ''],
  [`finding.summary = 42;`, 'TS2322'], // a number into a string property
  [`const rating: EgFinding = document.createElement('eg-evidence-rating');`, 'TS2741'], // the wrong element class
  [`const props: CustomElements['eg-finding'] = { 'heading-level': 'three' };`, 'TS2322'], // heading-level is a number
  [`const typo: CustomElements['eg-finding'] = { findng: 'x' };`, 'TS2561'], // no such attribute (did you mean 'finding'?)
  [`export { loadSummary, BUNDLED_LOADERS, rating, props, typo };`, ''],
];

/** A minimal stand-in for Vue's types, enough to check that dist/types/vue.d.ts resolves. */
const VUE_STUB = `declare module 'vue' {
  export type DefineComponent<Props = {}> = { new (): { $props: Props } };
  export interface GlobalComponents {}
}
`;

function run(cmd: string, args: string[], cwd: string) {
  return spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: 120_000 });
}

function typecheck(file: string) {
  writeFileSync(
    join(scratch, 'tsconfig.json'),
    JSON.stringify(
      {
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          lib: ['ES2022', 'DOM', 'DOM.Iterable'],
          strict: true,
          skipLibCheck: false,
          noEmit: true,
          noUncheckedSideEffectImports: true,
          types: [],
        },
        files: [file, 'vue-stub.d.ts'],
      },
      null,
      2,
    ),
  );
  return run(process.execPath, [tsc, '-p', scratch, '--pretty', 'false'], work);
}

before(() => {
  for (const f of ['dist/index.js', 'dist/types/jsx.d.ts', 'cdn/evidence-guidance.js', 'custom-elements.json']) {
    assert.ok(existsSync(join(root, f)), `${f} is missing: run \`npm run build\` first`);
  }
  work = mkdtempSync(join(tmpdir(), 'eg-package-'));
  const pack = execFileSync(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: root, encoding: 'utf8' });
  const [info] = JSON.parse(pack) as Array<{ filename: string; files: Array<{ path: string }> }>;
  packed = info!.files.map((f) => f.path);
  const tarball = join(work, info!.filename);

  scratch = join(work, 'scratch');
  mkdirSync(scratch);
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }, null, 2));
  writeFileSync(join(scratch, 'vue-stub.d.ts'), VUE_STUB);
  const args = ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock', tarball];
  // Lit comes from the npm cache when it is there; otherwise from the registry.
  let install = run(npm, [...args, '--offline'], scratch);
  if (install.status !== 0) install = run(npm, args, scratch);
  assert.equal(install.status, 0, `npm install of the tarball failed:\n${install.stdout}\n${install.stderr}`);
});

after(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the npm package', () => {
  test('the tarball has what the exports need, and no sources or tests', () => {
    for (const f of [
      'package.json',
      'dist/index.js',
      'dist/index.d.ts',
      'dist/define.js',
      'dist/components/finding/eg-finding.js',
      'dist/components/finding/eg-finding.d.ts',
      'dist/generated/early-years-integration.js',
      'dist/generated/early-years-integration.d.ts',
      'dist/themes/govuk.css',
      'dist/types/jsx.d.ts',
      'dist/types/vue.d.ts',
      'dist/types/svelte.d.ts',
      'cdn/evidence-guidance.js',
      'cdn/themes/govuk.css',
      'custom-elements.json',
    ]) {
      assert.ok(packed.includes(f), `${f} is not in the tarball`);
    }
    assert.ok(packed.some((f) => /^cdn\/chunks\/early-years-integration\.js$/.test(f)), 'the content chunk is not in the tarball');
    const unwanted = packed.filter((f) => f.startsWith('src/') || f.startsWith('test/') || f.startsWith('scripts/') || f.startsWith('node_modules/'));
    assert.deepEqual(unwanted, []);
  });

  test('every path in the exports map resolves to a file in the tarball', () => {
    const pkg = JSON.parse(readFileSync(join(scratch, 'node_modules', 'evidence-guidance', 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
    const targets: string[] = [];
    const walk = (v: unknown): void => {
      if (typeof v === 'string') targets.push(v);
      else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk(pkg.exports);
    for (const target of targets) {
      const path = target.replace(/^\.\//, '');
      if (!path.includes('*')) assert.ok(packed.includes(path), `${target} is not in the tarball`);
      else {
        // Every * in a target stands for the same text (Node replaces them all with the match).
        const [first, ...rest] = path.split('*').map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
        const pattern = new RegExp(`^${first}([^/]+)${rest.join('\\1')}$`);
        assert.ok(packed.some((f) => pattern.test(f)), `nothing in the tarball matches ${target}`);
      }
    }
  });

  test('Node resolves the exports (and refuses the paths that are not exported)', () => {
    const script = `
      const ok = ['evidence-guidance', 'evidence-guidance/define.js', 'evidence-guidance/components/eg-finding.js',
        'evidence-guidance/content/early-years-integration.js', 'evidence-guidance/themes/govuk.css',
        'evidence-guidance/custom-elements.json', 'evidence-guidance/package.json'];
      const refused = ['evidence-guidance/dist/index.js', 'evidence-guidance/content/index.js', 'evidence-guidance/content/themes/govuk.js'];
      const out = {};
      for (const s of [...ok, ...refused]) {
        try { out[s] = import.meta.resolve(s).replace(/^.*\\/node_modules\\/evidence-guidance\\//, ''); } catch (e) { out[s] = e.code; }
      }
      console.log(JSON.stringify(out));`;
    const res = run(process.execPath, ['--input-type=module', '-e', script], scratch);
    assert.equal(res.status, 0, res.stderr);
    assert.deepEqual(JSON.parse(res.stdout), {
      'evidence-guidance': 'dist/index.js',
      'evidence-guidance/define.js': 'dist/define.js',
      'evidence-guidance/components/eg-finding.js': 'dist/components/finding/eg-finding.js',
      'evidence-guidance/content/early-years-integration.js': 'dist/generated/early-years-integration.js',
      'evidence-guidance/themes/govuk.css': 'dist/themes/govuk.css',
      'evidence-guidance/custom-elements.json': 'custom-elements.json',
      'evidence-guidance/package.json': 'package.json',
      'evidence-guidance/dist/index.js': 'ERR_PACKAGE_PATH_NOT_EXPORTED',
      'evidence-guidance/content/index.js': 'ERR_PACKAGE_PATH_NOT_EXPORTED',
      'evidence-guidance/content/themes/govuk.js': 'ERR_PACKAGE_PATH_NOT_EXPORTED',
    });
  });

  test('the JSX, Vue and Svelte types list every tag in custom-elements.json, and no other', () => {
    const pkg = join(scratch, 'node_modules', 'evidence-guidance');
    const manifest = JSON.parse(readFileSync(join(pkg, 'custom-elements.json'), 'utf8')) as {
      modules: Array<{ declarations?: Array<{ tagName?: string; attributes?: Array<{ name: string }> }> }>;
    };
    const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
    const tags = elements.map((d) => d.tagName!).sort();
    assert.ok(tags.includes('eg-finding') && tags.includes('eg-evidence-rating'), tags.join(', '));
    for (const file of ['dist/types/jsx.d.ts', 'dist/types/vue.d.ts', 'dist/types/svelte.d.ts']) {
      const text = readFileSync(join(pkg, file), 'utf8');
      const typed = [...text.matchAll(/^\s*'(eg-[a-z0-9-]+)': /gm)].map((m) => m[1]).sort();
      assert.deepEqual(typed, tags, file);
      for (const attr of elements.flatMap((d) => d.attributes ?? [])) {
        // Vue's props are camelCase (vue-tsc matches heading-level="3" to headingLevel); JSX and Svelte keep the HTML name.
        const name = file.endsWith('vue.d.ts') ? attr.name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase()) : attr.name;
        assert.ok(text.includes(`${/-/.test(name) ? `'${name}'` : name}?:`), `${file} lacks the attribute ${attr.name} (as ${name})`);
      }
    }
  });

  test('a strict NodeNext TypeScript project type-checks against the package', () => {
    writeFileSync(join(scratch, 'good.ts'), GOOD);
    const res = typecheck('good.ts');
    assert.equal(res.status, 0, `tsc reported errors:\n${res.stdout}\n${res.stderr}`);
  });

  test('wrong usage fails to type-check, with exactly the expected errors', () => {
    writeFileSync(join(scratch, 'bad.ts'), BAD.map(([code]) => code).join('\n') + '\n');
    const res = typecheck('bad.ts');
    assert.notEqual(res.status, 0, 'tsc accepted code with deliberate mistakes');
    const errors = [...res.stdout.matchAll(/^(.+?)\((\d+),\d+\): error (TS\d+)/gm)].map(([, file, line, code]) => `${basename(file!)}:${line} ${code}`);
    const expected = BAD.flatMap(([, code], i) => (code ? [`bad.ts:${i + 1} ${code}`] : []));
    assert.deepEqual(errors, expected, res.stdout);
  });
});
