/**
 * `npm run soak [-- --cycles 1000] [-- --widgets eg-finding,eg-summary] [-- --simulate-leak]`:
 * does the JS heap come back after widgets come and go? After `npm run build`; CI runs it after
 * `npm run size`. About 30 s.
 *
 * In Debian's Chromium, headless, started with `--js-flags=--expose-gc`, on a page that has
 * only the CDN bundle (`cdn/evidence-guidance.js`, which loads the content chunk), for each
 * widget (the list comes from the code: test/lifecycle-cycles.ts) it runs the same
 * connect/disconnect cycles as test/lifecycle.test.ts: 1000 elements, as a pasted snippet,
 * bare with `summary` and its item, and inline with no `summary`, every tenth rendered while
 * connected and hovered. First, 50 cycles of every widget and a reading, for what the page
 * makes once whichever widget comes first (about 200 KB and 381 DOM nodes, kept for the page's
 * life: without this the first widget measured shows them). Then per widget:
 *
 * 1. a warm-up of 200 cycles (not measured), so that most of what is made once and kept by
 *    design is made before the first reading: Lit's template cache, compiled code. (V8 goes on
 *    optimizing for longer: after this warm-up `eg-summary`, the biggest, still grows by about
 *    200 KB in its first 1000 cycles, and a second 1000 in the same page by under 40 KB. A
 *    warm-up of 1000 takes that to zero, but doubles the time.)
 * 2. `gc()` (full collections, repeated until the heap stops shrinking, after a rendering frame
 *    and 100 ms, in rounds until a round frees nothing more: see `read`), then the JS heap
 *    (CDP `Runtime.getHeapUsage`, used bytes, exact) and the DOM counters (`Memory.getDOMCounters`:
 *    nodes and event listeners in the renderer);
 * 3. the 1000 cycles, then the same collections and readings again.
 *
 * It prints a table (widget, heap before, heap after, delta, and the change in the renderer's
 * DOM nodes and event listeners) and exits 1 when any widget is beyond the tolerance:
 *
 * TOLERANCE, per widget over its 1000 cycles: the JS heap grows by at most 1 MB, and the
 * renderer's DOM nodes by at most 10,000. (The listener count is shown, not judged: listeners
 * on window, document and <html> are counted exactly by test/lifecycle.test.ts.)
 *
 * Why these numbers (Chromium 156, 30 November 2026, on a busy 2-core machine): clean runs
 * grow by -36 to +45 KB, and `eg-summary` by up to 240 KB (see the warm-up); DOM nodes by
 * none, or at worst by about 2,800 while Chromium has not yet let go of a few removed trees
 * (they are freed by the next row). One element kept per cycle (`--simulate-leak` keeps every
 * removed element in an array, as a leaky page or widget would) adds 2.3 MB and 24,600 nodes
 * for the smallest widget (`eg-glossary-term`), and up to 32 MB and 874,000 nodes
 * (`eg-summary`). The tolerances sit at under half of the smallest leak and at over three
 * times the largest noise (1 MB against 2.3 MB and 240 KB; 10,000 nodes against 24,600 and
 * 2,800). They are for 1000 cycles (`--cycles` changes the cycles, not the tolerance).
 *
 * `--simulate-leak` is the script's self-check: every widget must then fail.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'puppeteer-core';
import { loadSummary } from '../src/content/registry.js';
import { launch } from '../test/node/lib/browsers.js';
import { repoRoot, startServer } from '../test/node/lib/server.js';
import { connectDisconnect, CYCLES, cycleVariants, WIDGET_TAGS } from '../test/lifecycle-cycles.js';

/** The most a widget's 1000 cycles may grow the JS heap (bytes), after a full GC. */
const HEAP_TOLERANCE = 1024 * 1024;
/** The most a widget's 1000 cycles may grow the renderer's count of DOM nodes, after a full GC. */
const NODE_TOLERANCE = 10_000;
const SETTLE_EVERY = 10;
/** Cycles of each widget before its first reading. */
const WARM_UP = 200;
/** Cycles of every widget before anything is measured (see below). */
const PAGE_WARM_UP = 50;

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i >= 0) return process.argv[i + 1];
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
}
const cycles = Number(option('cycles') ?? CYCLES);
const simulateLeak = process.argv.includes('--simulate-leak');
const widgets = option('widgets')?.split(',') ?? WIDGET_TAGS;
if (!Number.isInteger(cycles) || cycles < 1 || widgets.some((w) => !(WIDGET_TAGS as string[]).includes(w))) {
  console.error(`Usage: npm run soak [-- --cycles 1000] [-- --widgets ${WIDGET_TAGS.slice(0, 2).join(',')}] [-- --simulate-leak]`);
  process.exit(2);
}
if (!existsSync(join(repoRoot, 'cdn', 'evidence-guidance.js'))) {
  console.error('cdn/evidence-guidance.js is missing: run `npm run build` first.');
  process.exit(2);
}

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <link rel="icon" href="data:,">
    <title>evidence-guidance soak</title>
    <script type="module" src="/cdn/evidence-guidance.js"></script>
  </head>
  <body><main id="soak"></main></body>
</html>`;

interface Reading {
  heap: number;
  nodes: number;
  listeners: number;
}

/** Full collections until the heap stops shrinking (weak references and finalizers can free more on a later pass). */
async function collect(page: Page, cdp: CDPSession): Promise<number> {
  let heap = Infinity;
  for (let pass = 0; pass < 10; pass++) {
    await page.evaluate(() => (globalThis as unknown as { gc(): void }).gc());
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    if (usedSize >= heap) break;
    heap = usedSize;
  }
  return heap;
}

/**
 * The heap and DOM counters once the page has let go of what it will: rounds of a rendering
 * frame, 100 ms and full collections, until a round frees nothing more. (Chromium holds removed
 * nodes for a while: Blink's pending style invalidations until the next style update, and more
 * for some hundreds of milliseconds. Read at once, up to four whole `eg-summary` trees show as
 * retained.)
 */
async function read(page: Page, cdp: CDPSession): Promise<Reading> {
  let last: Reading | undefined;
  for (let round = 0; round < 8; round++) {
    await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
    const heap = await collect(page, cdp);
    const dom = await cdp.send('Memory.getDOMCounters');
    const reading = { heap, nodes: dom.nodes, listeners: dom.jsEventListeners };
    if (last && reading.heap >= last.heap - 1024 && reading.nodes >= last.nodes) return reading.heap < last.heap ? reading : last;
    last = reading;
  }
  return last!;
}

const summary = await loadSummary('early-years-integration');
const server = await startServer({ transformHtml: (html, url) => (url.searchParams.has('soak') ? PAGE : html) });
const browser = await launch('chromium', ['--js-flags=--expose-gc']);
const started = performance.now();
let failed = 0;
try {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.origin}/test/pages/cdn-finding.html?soak`, { waitUntil: 'load' });
  await page.evaluate((tags: string[]) => Promise.all(tags.map((t) => customElements.whenDefined(t))), WIDGET_TAGS);
  if (await page.evaluate(() => typeof (globalThis as unknown as { gc?: unknown }).gc !== 'function')) {
    throw new Error('gc() is not exposed: Chromium ignored --js-flags=--expose-gc');
  }
  // The widgets render content (the content chunk loads), so the cycles measure what readers get.
  const rendered = await page.evaluate(async (id: string) => {
    const el = document.createElement('eg-finding');
    el.setAttribute('summary', 'early-years-integration');
    el.setAttribute('finding', id);
    document.body.append(el);
    for (let i = 0; i < 200 && !el.shadowRoot?.querySelector('article'); i++) await new Promise((r) => setTimeout(r, 50));
    const ok = !!el.shadowRoot?.querySelector('article');
    el.remove();
    return ok;
  }, summary.findings[0]!.id);
  if (!rendered) throw new Error('<eg-finding> did not render its content within 10 s: is cdn/ built and complete?');
  const cdp = await page.createCDPSession();
  // The cycles' own source, run in the page (it is self-contained: see test/lifecycle-cycles.ts).
  await page.evaluate(`window.__egCycles = ${connectDisconnect.toString()}; window.__egKept = [];`);
  const run = (tag: string, count: number) =>
    page.evaluate(
      `window.__egCycles(document.getElementById('soak'), ${JSON.stringify(tag)}, ${JSON.stringify(cycleVariants(summary, tag as never))}, ${count}, ${SETTLE_EVERY}, ${simulateLeak ? 'window.__egKept' : 'undefined'})`,
    );

  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const rows: string[][] = [];
  // What the page makes once, whichever widget comes first (about 200 KB and 381 DOM nodes,
  // kept for the page's life, at the first readings after the first cycles): made here.
  for (const tag of WIDGET_TAGS) await run(tag, PAGE_WARM_UP);
  await read(page, cdp);
  for (const tag of widgets) {
    await run(tag, WARM_UP);
    // The warm-up's own elements are not part of the measurement.
    await page.evaluate('window.__egKept.length = 0');
    const before = await read(page, cdp);
    await run(tag, cycles);
    const after = await read(page, cdp);
    const delta = after.heap - before.heap;
    const ok = delta <= HEAP_TOLERANCE && after.nodes - before.nodes <= NODE_TOLERANCE;
    if (!ok) failed++;
    rows.push([
      tag,
      kb(before.heap),
      kb(after.heap),
      `${delta >= 0 ? '+' : ''}${kb(delta)}`,
      `${after.nodes - before.nodes >= 0 ? '+' : ''}${after.nodes - before.nodes}`,
      `${after.listeners - before.listeners >= 0 ? '+' : ''}${after.listeners - before.listeners}`,
      ok ? 'ok' : 'FAIL',
    ]);
    console.error(`  ${tag}: ${rows.at(-1)!.slice(1).join('  ')}`);
  }
  if (errors.length) throw new Error(`page errors:\n${errors.join('\n')}`);

  const head = ['widget', 'heap before', 'heap after', 'delta', 'DOM nodes', 'listeners', ''];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  console.log(`\n${cycles} connect/disconnect cycles per widget${simulateLeak ? ', every element kept (--simulate-leak)' : ''}; heap after a full GC (${(await browser.version())})`);
  console.log(line(head));
  console.log(`|${widths.map((w, i) => (i === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
  for (const r of rows) console.log(line(r));
  console.log(
    `\nTolerance per widget: heap growth ≤ ${kb(HEAP_TOLERANCE)}, DOM nodes ≤ +${NODE_TOLERANCE}. ` +
      `${failed ? `FAIL: ${failed} of ${rows.length} widgets beyond it.` : 'PASS.'} (${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
} finally {
  await browser.close();
  await server.close();
}
process.exit(failed ? 1 : 0);
