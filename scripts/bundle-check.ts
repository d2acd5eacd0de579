/**
 * The CDN build's module graph and Subresource Integrity (run after `npm run build`; `npm run size`
 * runs it, then size-limit for the size budgets: see .size-limit.mjs).
 *
 *   tsx scripts/bundle-check.ts        checks cdn/
 *   tsx scripts/bundle-check.ts DIR    checks another copy of the CDN build
 *
 * Kept as a script: size-limit measures files (it took over the budgets this script enforced,
 * measured the same way, gzip level 9: 20,477 bytes for the core with either), but it has no
 * notion of rollup's module graph, and it writes no integrity hashes.
 *
 * - Fails (exit 1) when rollup's module graph (cdn/bundle-stats.json, written by
 *   rollup.config.js) shows a build-time tool in any browser chunk (sanitize-html, an HTML
 *   parser, anything from scripts/), or the `src` runtime's libraries (marked, the YAML parser,
 *   DOMPurify, the Markdown parser src/content/parse.ts) anywhere but the runtime's own lazily
 *   loaded chunk; when a summary's content sits in the core bundle instead of its own chunk;
 *   when `upgrade.js` (what a pasted snippet loads first) holds anything but src/upgrade.ts;
 *   and when the files on disk and rollup's stats disagree (a stale cdn/).
 * - Prints each chunk's kind and module count, the core bundle's `sha384-` integrity, and
 *   writes cdn/integrity.json ({ "evidence-guidance.js": "sha384-...", "upgrade.js": ..., "chunks/...": ... }).
 *
 * `checkBundle` is the pure check, exported for the tests.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The core bundle's file name in cdn/. */
export const CORE_FILE = 'evidence-guidance.js';
/** The script a pasted snippet loads, which loads the core bundle after the page's first paint (src/upgrade.ts). */
export const UPGRADE_FILE = 'upgrade.js';
const UPGRADE_MODULE = 'src/upgrade.ts';
/** The module that makes a chunk the `src` runtime. */
export const RUNTIME_MODULE = 'src/runtime/markdown-source.ts';
/** The module that makes a chunk the `src` runtime's parse worker. */
export const RUNTIME_WORKER_MODULE = 'src/runtime/parse-worker.ts';

/** One output chunk as rollup.config.js records it in cdn/bundle-stats.json. */
export interface ChunkStats {
  fileName: string;
  isEntry?: boolean;
  /** Module ids, relative to the repository, `/`-separated. */
  modules: string[];
}
export interface BundleStats {
  chunks: ChunkStats[];
}
export type Kind = 'core' | 'upgrade' | 'content' | 'theme' | 'words' | 'runtime' | 'chunk';
export interface Row {
  /** Path relative to cdn/. */
  file: string;
  kind: Kind;
  modules: number;
  status: 'ok' | 'FAIL' | 'MISSING';
}
export interface Report {
  rows: Row[];
  /** Why the check fails; empty when it passes. */
  failures: string[];
}

/** Packages that must never reach the browser (build-time tools), by what they are. */
export const FORBIDDEN_PACKAGES: Readonly<Record<string, string>> = {
  marked: 'marked (Markdown parser)',
  'sanitize-html': 'sanitize-html (sanitizer)',
  dompurify: 'DOMPurify (sanitizer)',
  'isomorphic-dompurify': 'DOMPurify (sanitizer)',
  htmlparser2: 'htmlparser2 (HTML parser)',
  yaml: 'a YAML parser (yaml)',
  'js-yaml': 'a YAML parser (js-yaml)',
  'gray-matter': 'a YAML front-matter parser (gray-matter)',
};
/** Project files that must never reach the browser. */
export const FORBIDDEN_FILES: ReadonlyArray<{ what: string; test: RegExp }> = [
  { what: 'the Markdown content parser', test: /^src\/content\/parse\.ts$/ },
  { what: 'a build script', test: /^scripts\// },
];

/** The package a module id belongs to: the innermost `node_modules/<name>` (or `@scope/name`). */
export function packageOf(moduleId: string): string | undefined {
  const parts = moduleId.split(/(?:^|\/)node_modules\//);
  if (parts.length < 2) return undefined;
  const [first, second] = parts.at(-1)!.split('/');
  return first?.startsWith('@') && second ? `${first}/${second}` : first;
}

/** What the `src` runtime chunk may hold that no other browser file may: its parser's libraries and the parser. */
export const RUNTIME_PACKAGES: readonly string[] = ['marked', 'yaml', 'dompurify'];
export const RUNTIME_FILES: readonly RegExp[] = [/^src\/content\/parse\.ts$/];

/** What forbidden thing a module id is in a chunk of `kind` (default: any chunk but the runtime's), or undefined. */
export function forbidden(moduleId: string, kind?: Kind): string | undefined {
  const pkg = packageOf(moduleId);
  if (kind === 'runtime' && (pkg !== undefined ? RUNTIME_PACKAGES.includes(pkg) : RUNTIME_FILES.some((f) => f.test(moduleId)))) return undefined;
  if (pkg !== undefined) return Object.hasOwn(FORBIDDEN_PACKAGES, pkg) ? FORBIDDEN_PACKAGES[pkg] : undefined;
  return FORBIDDEN_FILES.find((f) => f.test.test(moduleId))?.what;
}

/** A summary's compiled content module (not the loader index, not a theme). */
const CONTENT_MODULE = /^src\/generated\/(?!index\.ts$)[^/]+\.ts$/;
const THEME_MODULE = /^src\/generated\/themes\//;

/** A language's words loaded on demand (Welsh: src/internal/locale/cy.ts). */
const WORDS_MODULE = /^src\/internal\/locale\/[a-z]{2}\.ts$/;

function kindOf(chunk: ChunkStats): Kind {
  if (chunk.fileName === CORE_FILE) return 'core';
  if (chunk.fileName === UPGRADE_FILE) return 'upgrade';
  if (chunk.modules.includes(RUNTIME_MODULE) || chunk.modules.includes(RUNTIME_WORKER_MODULE)) return 'runtime';
  if (chunk.modules.some((m) => CONTENT_MODULE.test(m))) return 'content';
  if (chunk.modules.length > 0 && chunk.modules.every((m) => THEME_MODULE.test(m))) return 'theme';
  if (chunk.modules.length > 0 && chunk.modules.every((m) => WORDS_MODULE.test(m))) return 'words';
  return 'chunk';
}

/**
 * The pure check: rows for the table and the reasons to fail, from rollup's stats and the
 * JavaScript files on disk (paths relative to cdn/).
 */
export function checkBundle(stats: BundleStats, files: readonly string[]): Report {
  const rows: Row[] = [];
  const failures: string[] = [];
  const chunks = [...stats.chunks].sort((a, b) => (a.fileName === CORE_FILE ? -1 : b.fileName === CORE_FILE ? 1 : a.fileName.localeCompare(b.fileName)));
  const onDisk = new Set(files);

  if (!chunks.some((c) => c.fileName === CORE_FILE)) failures.push(`The core bundle ${CORE_FILE} is not in rollup's stats.`);
  if (!chunks.some((c) => kindOf(c) === 'content')) failures.push('No content chunk: every summary should load from its own chunk in chunks/.');

  for (const chunk of chunks) {
    const kind = kindOf(chunk);
    const before = failures.length;
    if (!onDisk.has(chunk.fileName)) failures.push(`${chunk.fileName} is in rollup's stats but not on disk (stale cdn/? run \`npm run build\`).`);
    for (const module of chunk.modules) {
      const what = forbidden(module, kind);
      if (what) {
        const where = forbidden(module, 'runtime') ? 'Build-time tools must never reach the browser.' : 'It may be only in the src runtime chunk, loaded on demand.';
        failures.push(`${chunk.fileName} contains ${what}: ${module}. ${where}`);
      }
      if (kind === 'upgrade' && module !== UPGRADE_MODULE) {
        failures.push(`${chunk.fileName} contains ${module}: it must hold only ${UPGRADE_MODULE}, so that a snippet's page runs nothing more before its first paint.`);
      }
      if (kind === 'core' && CONTENT_MODULE.test(module)) {
        failures.push(`${chunk.fileName} contains summary content (${module}); content must load on demand from its own chunk.`);
      }
    }
    const status = !onDisk.has(chunk.fileName) ? 'MISSING' : failures.length > before ? 'FAIL' : 'ok';
    rows.push({ file: chunk.fileName, kind, modules: chunk.modules.length, status });
  }
  const inStats = new Set(chunks.map((c) => c.fileName));
  for (const file of [...files].sort()) {
    if (!inStats.has(file)) failures.push(`${file} is not in rollup's stats (stale cdn/? run \`npm run build\`).`);
  }
  return { rows, failures };
}

/** The table as text. */
export function formatTable(rows: readonly Row[]): string {
  const head = ['File', 'Kind', 'Modules', 'Status'];
  const body = rows.map((r) => [`cdn/${r.file}`, r.kind, String(r.modules), r.status]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

/** Subresource Integrity of some bytes. */
export function sri(bytes: Buffer): string {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/** Checks cdn/'s module graph, prints the table and the integrity, writes cdn/integrity.json. Returns the exit code. */
export function main(cdn = resolve(import.meta.dirname, '..', 'cdn')): number {
  const statsPath = join(cdn, 'bundle-stats.json');
  if (!existsSync(statsPath)) {
    console.error(`${statsPath} is missing. Fix: run \`npm run build\` first (rollup.config.js writes it).`);
    return 1;
  }
  const stats = JSON.parse(readFileSync(statsPath, 'utf8')) as BundleStats;
  const files = [
    ...[CORE_FILE, UPGRADE_FILE].filter((f) => existsSync(join(cdn, f))),
    ...(existsSync(join(cdn, 'chunks')) ? readdirSync(join(cdn, 'chunks')).filter((f) => f.endsWith('.js')).map((f) => `chunks/${f}`) : []),
  ];
  const { rows, failures } = checkBundle(stats, files);
  console.log("Rollup's module graph (cdn/bundle-stats.json): no build-time tool in a browser file, the src runtime's libraries only in its own chunks, no summary content in the core.");
  console.log(formatTable(rows));

  const integrity = Object.fromEntries(files.map((f) => [f, sri(readFileSync(join(cdn, f)))]));
  writeFileSync(join(cdn, 'integrity.json'), `${JSON.stringify(integrity, null, 2)}\n`);
  if (integrity[CORE_FILE]) {
    console.log(`\nIntegrity of cdn/${CORE_FILE} (changes with every build; all files in cdn/integrity.json):\n${integrity[CORE_FILE]}`);
  }

  if (failures.length) {
    console.error(`\nBundle check FAILED:\n${failures.map((f) => `- ${f}`).join('\n')}`);
    return 1;
  }
  console.log('\nBundle check passed. (Sizes: size-limit, .size-limit.mjs.)');
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv.slice(2).find((a) => !a.startsWith('--'));
  process.exitCode = main(dir ? resolve(dir) : undefined);
}
