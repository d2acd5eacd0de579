// Size budgets of the CDN build, checked by size-limit (`npm run size`, after `npm run build`).
// @size-limit/file with `gzip: true` measures each file as zlib gzip level 9, the method
// scripts/size.ts used (the same bytes, measured on every file of the build).
//
// - cdn/evidence-guidance.js, the core bundle: 20 KB gzip (20,480 bytes). The aim is 15 KB;
//   Lit alone is about 6.5 KB, the floor of any bundle with a Lit element.
// - cdn/upgrade.js, the script a pasted snippet loads (it loads the core after the first paint): 512 B;
// - every file in cdn/chunks/ (a summary's content, a theme, the Welsh words, ...): 8 KB gzip each
//   (8,192 bytes), one check per file, so a new chunk is held to it without a change here;
// - the `src` runtime (the chunk holding src/runtime/markdown-source.ts, and its parse worker
//   chunks/parse-worker.js): 72 KB gzip each. They carry the YAML parser (about 30 KB), marked
//   (15 KB), DOMPurify (12.5 KB) and the build's own parser (5 KB), and load only when a widget's
//   `src` names a Markdown file. Which chunk that is comes from rollup's module graph,
//   cdn/bundle-stats.json; a chunk missing from it keeps the 8 KB budget.
// - shown, with no budget: what a Welsh page loads (the core and the Welsh words) and each theme
//   stylesheet in cdn/themes/.
//
// What size-limit cannot check (rollup's module graph: no build-time tool in a browser file, no
// summary content in the core, no stale file) and the integrity hashes stay in
// scripts/bundle-check.ts. EG_CDN=DIR checks another copy of the CDN build (the tests use it).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const KB = 1024;
const CORE_BUDGET = 20 * KB;
const CHUNK_BUDGET = 8 * KB;
const UPGRADE_BUDGET = 512;
const RUNTIME_BUDGET = 72 * KB;
const RUNTIME_MODULES = ['src/runtime/markdown-source.ts', 'src/runtime/parse-worker.ts'];

const cdn = resolve(import.meta.dirname, process.env.EG_CDN ?? 'cdn');
const core = join(cdn, 'evidence-guidance.js');
if (!existsSync(core)) throw new Error(`${core} is missing. Fix: run \`npm run build\` first.`);

const list = (dir, ext) => (existsSync(join(cdn, dir)) ? readdirSync(join(cdn, dir)).filter((f) => f.endsWith(ext)).sort() : []);
const statsPath = join(cdn, 'bundle-stats.json');
const stats = existsSync(statsPath) ? JSON.parse(readFileSync(statsPath, 'utf8')) : { chunks: [] };
const runtime = new Set(stats.chunks.filter((c) => c.modules.some((m) => RUNTIME_MODULES.includes(m))).map((c) => c.fileName));
const limit = (bytes) => `${bytes} B`;

export default [
  { name: 'cdn/evidence-guidance.js (core; aim 15 KB, Lit alone 6.5 KB)', path: core, gzip: true, limit: limit(CORE_BUDGET) },
  { name: 'cdn/upgrade.js (what a pasted snippet loads first)', path: join(cdn, 'upgrade.js'), gzip: true, limit: limit(UPGRADE_BUDGET) },
  ...list('chunks', '.js').map((f) => ({
    name: `cdn/chunks/${f}${runtime.has(`chunks/${f}`) ? ' (src runtime, loaded only for src)' : ''}`,
    path: join(cdn, 'chunks', f),
    gzip: true,
    limit: limit(runtime.has(`chunks/${f}`) ? RUNTIME_BUDGET : CHUNK_BUDGET),
  })),
  ...list('chunks', '.js')
    .filter((f) => f === 'cy.js')
    .map((f) => ({ name: `A Welsh page: the core and chunks/${f} (no budget)`, path: [core, join(cdn, 'chunks', f)], gzip: true })),
  ...list('themes', '.css').map((f) => ({ name: `cdn/themes/${f} (no budget)`, path: join(cdn, 'themes', f), gzip: true })),
];
