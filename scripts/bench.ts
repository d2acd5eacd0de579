/**
 * Kept as a script (December 2026), after trying tachometer 0.7.2: its Chrome runs through
 * selenium-webdriver, and at run time it installs the npm `chromedriver` package on demand
 * (`npm install chromedriver@*`), whose install script downloads ChromeDriver 148 from
 * googlechromelabs.github.io: offline it fails, and that driver does not match Debian's
 * Chromium 156 (Debian's own chromium-driver is not installed). It also measures one number per
 * page (a global expression, a performance entry or first contentful paint): not the main-thread
 * busy time and longest task this bench reads from traces, nor a render time with JavaScript off.
 *
 * `npm run bench [-- --runs 7] [-- --sizes 10,100,1000] [-- --traces DIR]`: how much the widgets cost a page,
 * against the same findings as plain HTML. A measurement, not a test: it always exits 0
 * (unless it cannot run at all), and prints PASS or FAIL against the targets.
 *
 * The same findings (cycling through the summary's ten finding ids), pasted into the council
 * page `test/pages/snippet.html` (served by the page tests' server, the body made in memory):
 *
 * - `static`: plain semantic HTML, the snippet's inner `<article>` for each finding, with no
 *   custom element and no script;
 * - `snippet, no JS`: the `<eg-finding>`-wrapped snippet, loaded with JavaScript disabled;
 * - `widgets`: bare `<eg-finding summary=".." finding="..">` elements and the CDN bundle
 *   (`<script type="module" src="/cdn/evidence-guidance.js">`), which loads the content chunk.
 *
 * Each load is cold: a new page, so a new renderer process (nothing compiled or cached in
 * memory carries over), with the HTTP cache disabled (and the server sends `no-store`). Each
 * run loads every variant and size once, in a shuffled order, so drift on a shared machine
 * (another process, thermal) spreads over all of them; the table gives the median over the
 * runs. One untimed warm-up pass comes first: the first loads in a fresh browser pay for
 * starting its network service and preloading its own WebUI, no part of what is compared.
 * `--traces DIR` saves every trace, to open in DevTools' Performance panel.
 *
 * What is measured, per load (all times from navigation start):
 *
 * - rendered: when every finding is on screen.
 *   - static (JavaScript on, but the page has no script): in the page, from a script injected
 *     with `evaluateOnNewDocument`: at DOMContentLoaded, wait for the next animation frame,
 *     then post a message from its rAF callback; the message runs once that frame's style,
 *     layout and paint are done, and records `performance.now()`.
 *   - widgets: the same script polls in `requestAnimationFrame` until there are N `eg-finding`
 *     elements, each with an `<article>` in its shadow root whose `<eg-evidence-rating>` has
 *     rendered its own shadow root (`[part~=rating]`); from that frame's rAF callback it posts
 *     the message, so the time includes the frame that paints the last widget. (Polling costs
 *     well under a millisecond a frame: each widget is checked until it has rendered, once.)
 *   - snippet with JavaScript off: no page script runs (not even an injected one: its
 *     listeners and rAF callbacks never fire), so it comes from the trace: the end of the first
 *     main-thread task starting after `domContentLoadedEventEnd` that paints (`PrePaint`,
 *     `Paint`: the animation frame), i.e. the same point as above. The same rule applied to the
 *     static page's trace agrees with its in-page time (the bench checks, and prints the gap).
 * - busy and longest task: from a CDP trace (`devtools.timeline`,
 *   `disabled-by-default-devtools.timeline`, `v8.execute`), the top-level `RunTask` events on the page's
 *   renderer main thread (the thread of the `navigationStart` event for our URL), between
 *   navigation start and rendered: busy is the sum of their durations (clipped to that
 *   window), longest the longest of them. A trace rather than `Performance.getMetrics`'
 *   `TaskDuration` delta plus a `longtask` observer, because the trace is exact about the
 *   window (the metric delta would count whatever ran before and after it was read), sees
 *   every task rather than those over 50 ms, and works with JavaScript off, where no
 *   observer can run.
 * - heap: `JSHeapUsedSize` from CDP `Performance.getMetrics` once rendered (no forced GC).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { loadSummary } from '../src/content/registry.js';
import { renderSnippet } from '../src/snippet/snippet.js';
import { launch } from '../test/node/lib/browsers.js';
import { repoRoot, startServer } from '../test/node/lib/server.js';

const SUMMARY_ID = 'early-years-integration';
const VARIANTS = ['static', 'snippet-no-js', 'widgets'] as const;
type Variant = (typeof VARIANTS)[number];
const LABEL: Record<Variant, string> = { static: 'static HTML', 'snippet-no-js': 'snippet, no JS', widgets: 'widgets' };
const TARGETS = { ratio100: 1.25, ratio1000: 1.5, longestTask1000: 200 };
const STAMP = 'eg-bench-rendered';
const LOAD_TIMEOUT = 60_000;

// ---------------------------------------------------------------- options

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i >= 0) return process.argv[i + 1];
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
}
const RUNS = Number(option('runs') ?? 7);
const SIZES = (option('sizes') ?? '10,100,1000').split(',').map(Number);
/** A folder to save every trace in (open one in DevTools' Performance panel to see where the time goes). */
const TRACES = option('traces');
if (!Number.isInteger(RUNS) || RUNS < 1 || SIZES.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error('Usage: npm run bench [-- --runs 7] [-- --sizes 10,100,1000] [-- --traces DIR]');
  process.exit(2);
}
if (!existsSync(join(repoRoot, 'cdn', 'evidence-guidance.js'))) {
  console.error('cdn/evidence-guidance.js is missing: run `npm run build` first.');
  process.exit(2);
}

// ---------------------------------------------------------------- pages

const summary = await loadSummary(SUMMARY_ID);
const ids = summary.findings.map((f) => f.id);
const snippets = new Map(ids.map((id) => [id, renderSnippet(summary, { widget: 'eg-finding', item: id })]));
/** The snippet's inner HTML: what sits between `<eg-finding ...>` and `</eg-finding>`. */
const inner = (snippet: string) => /<eg-finding\b[^>]*>\n([\s\S]*)\n<\/eg-finding>/.exec(snippet)![1]!;

function body(variant: Variant, n: number): string {
  const items = Array.from({ length: n }, (_, i) => ids[i % ids.length]!);
  switch (variant) {
    case 'static':
      return items.map((id) => inner(snippets.get(id)!)).join('\n');
    case 'snippet-no-js':
      return items.map((id) => snippets.get(id)!).join('\n');
    case 'widgets':
      return (
        `<script type="module" src="/cdn/evidence-guidance.js"></script>\n` +
        items.map((id) => `<eg-finding summary="${SUMMARY_ID}" finding="${id}"></eg-finding>`).join('\n')
      );
  }
}
const bodies = new Map<string, string>();
const bodyFor = (variant: Variant, n: number) => {
  const key = `${variant}:${n}`;
  if (!bodies.has(key)) bodies.set(key, body(variant, n));
  return bodies.get(key)!;
};

/**
 * Injected before any page script (JavaScript-on variants only). Plain JavaScript in a string,
 * so no compiler helper can end up in it. Resolves `window.__egBench.done` with
 * `{ rendered }` (performance.now(), ms from navigation start) and stamps the trace.
 */
const PROBE = `(() => {
  const q = new URLSearchParams(location.search);
  const variant = q.get('variant');
  const n = Number(q.get('n'));
  let resolve;
  window.__egBench = { done: new Promise((r) => (resolve = r)) };
  // From inside a rAF callback: a message posted now runs after this frame is rendered.
  const afterThisFrame = () => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      const rendered = performance.now();
      console.timeStamp(${JSON.stringify(STAMP)});
      resolve({ rendered });
    };
    channel.port2.postMessage(0);
  };
  if (variant === 'static') {
    document.addEventListener('DOMContentLoaded', () => requestAnimationFrame(afterThisFrame), { once: true });
    return;
  }
  const rendered = (el) => {
    const article = el.shadowRoot && el.shadowRoot.querySelector('article');
    const rating = article && article.querySelector('eg-evidence-rating');
    return !!(rating && rating.shadowRoot && rating.shadowRoot.querySelector('[part~="rating"]'));
  };
  let next = 0; // widgets before this index have rendered: each is checked until it has, once
  const poll = () => {
    if (document.readyState !== 'loading') {
      const els = document.getElementsByTagName('eg-finding');
      while (next < els.length && rendered(els[next])) next++;
      if (els.length === n && next === n) return afterThisFrame();
    }
    requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
})();`;

// ---------------------------------------------------------------- trace analysis

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: Record<string, unknown>; frame?: string; [k: string]: unknown };
}

const PAINTING = new Set(['PrePaint', 'Paint']);

/** What a trace event's time counts as, for the breakdown of a long task. */
function kind(name: string): string {
  if (name === 'UpdateLayoutTree' || name === 'RecalculateStyles') return 'style';
  if (name === 'Layout') return 'layout';
  if (['PrePaint', 'Paint', 'Layerize', 'Commit', 'UpdateLayer', 'CompositeLayers'].includes(name)) return 'paint';
  if (name === 'ParseHTML') return 'parse HTML';
  if (/GC/.test(name)) return 'GC';
  if (/^(FunctionCall|EvaluateScript|RunMicrotasks|TimerFire|FireAnimationFrame|EventDispatch|v8\.|V8\.)/.test(name)) return 'script';
  return 'other';
}

interface Task {
  /** Start, ms from navigation start. */
  at: number;
  dur: number;
  /** Time in the task by kind (its direct children), ms. */
  parts: Record<string, number>;
}

interface Analysis {
  /** Rendered, by the trace rule (end of the first painting task after DOMContentLoaded), ms from navigation start. */
  frameAfterDcl: number;
  /** Rendered as measured (in the page, or the trace rule with JavaScript off), ms from navigation start. */
  rendered: number;
  busy: number;
  longest: number;
  /** The three longest tasks before rendered, in time order. */
  bigTasks: Task[];
}

function analyse(events: TraceEvent[], url: string, inPageRendered: number | undefined): Analysis {
  const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === url);
  if (!nav) throw new Error(`no navigationStart for ${url} in the trace`);
  const { pid, tid, ts: t0 } = nav;
  const main = events.filter((e) => e.pid === pid && e.tid === tid && e.ts >= t0).sort((a, b) => a.ts - b.ts);
  // Top-level tasks: RunTask events not inside another (nested run loops make a few).
  const tasks: TraceEvent[] = [];
  for (const e of main) {
    if (e.name !== 'RunTask' || e.ph !== 'X' || e.dur === undefined) continue;
    const last = tasks.at(-1);
    if (!last || e.ts >= last.ts + last.dur!) tasks.push(e);
  }
  // DOMContentLoaded of our document (the initial empty document before it has one too).
  const parsed = main.find((e) => e.name === 'ParseHTML' && (e.args?.beginData as { url?: string } | undefined)?.url === url);
  const dcl = parsed && main.find((e) => e.name === 'domContentLoadedEventEnd' && e.ts >= parsed.ts);
  if (!dcl) throw new Error(`no domContentLoadedEventEnd for ${url} in the trace`);
  // The next frame: the first task starting after it that paints. (The task that fires
  // DOMContentLoaded often goes on to update style and layout, for the load event; the
  // frame that puts the result on screen comes after.)
  const renderingTask = tasks.find(
    (t) => t.ts > dcl.ts && main.some((e) => PAINTING.has(e.name) && e.ts >= t.ts && e.ts < t.ts + t.dur!),
  );
  if (!renderingTask) throw new Error(`no painting task after DOMContentLoaded for ${url} in the trace`);
  const frameAfterDcl = (renderingTask.ts + renderingTask.dur! - t0) / 1000;
  let rendered = frameAfterDcl;
  let end = renderingTask.ts + renderingTask.dur!;
  if (inPageRendered !== undefined) {
    rendered = inPageRendered;
    // The stamp the page put in the trace as it recorded the time: the window's exact end.
    const stamp = main.find((e) => e.name === 'TimeStamp' && (e.args?.data as { message?: string })?.message === STAMP);
    end = stamp ? stamp.ts : t0 + inPageRendered * 1000;
  }
  let busy = 0;
  const inWindow: TraceEvent[] = [];
  for (const t of tasks) {
    if (t.ts >= end) break;
    busy += Math.min(t.ts + t.dur!, end) - Math.max(t.ts, t0);
    inWindow.push(t);
  }
  const bigTasks = [...inWindow]
    .sort((a, b) => b.dur! - a.dur!)
    .slice(0, 3)
    .sort((a, b) => a.ts - b.ts)
    .map((task): Task => {
      // Direct children of the task (events inside it that are inside no other child), by kind.
      const parts: Record<string, number> = {};
      let childEnd = -1;
      for (const e of main) {
        if (e.ph !== 'X' || e.dur === undefined || e === task || e.ts < task.ts || e.ts < childEnd) continue;
        if (e.ts >= task.ts + task.dur!) break;
        childEnd = e.ts + e.dur;
        parts[kind(e.name)] = (parts[kind(e.name)] ?? 0) + e.dur / 1000;
      }
      return { at: (task.ts - t0) / 1000, dur: task.dur! / 1000, parts };
    });
  return {
    frameAfterDcl,
    rendered,
    busy: busy / 1000,
    longest: Math.max(0, ...inWindow.map((t) => t.dur! / 1000)),
    bigTasks,
  };
}

// ---------------------------------------------------------------- one load

interface Sample extends Analysis {
  variant: Variant;
  n: number;
  heapMB: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function load(browser: Browser, origin: string, variant: Variant, n: number, run: string): Promise<Sample> {
  // A new page per load: each gets a new renderer process (the previous page is closed, and
  // puppeteer's launch flags turn off Chromium's reuse of a process per site), so nothing compiled
  // or cached in memory carries over. (A new browser context per load would be no colder, and
  // makes Chromium preload its omnibox WebUI in another renderer each time, on the same cores.)
  const page = await browser.newPage();
  let tracing = false;
  try {
    await page.setCacheEnabled(false);
    if (variant === 'snippet-no-js') await page.setJavaScriptEnabled(false);
    else await page.evaluateOnNewDocument(PROBE);
    const url = `${origin}/test/pages/snippet.html?variant=${variant}&n=${n}&run=${run}`;
    // DevTools' own categories for its Performance panel, less screenshots and the JS sampler:
    // `v8.execute` attributes microtasks (where Lit renders), `blink.user_timing` has the
    // navigation timing marks.
    await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing'] });
    tracing = true;
    await sleep(50); // let tracing start in every process before navigating
    await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT });
    let inPage: number | undefined;
    if (variant === 'snippet-no-js') {
      await sleep(400); // for the frame after DOMContentLoaded, found in the trace (no page script can say when)
    } else {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${variant} ${n}: not rendered after ${LOAD_TIMEOUT / 1000} s`)), LOAD_TIMEOUT);
      });
      const done = page.evaluate(() => (window as unknown as { __egBench: { done: Promise<{ rendered: number }> } }).__egBench.done);
      try {
        inPage = (await Promise.race([done, timeout])).rendered;
      } finally {
        clearTimeout(timer);
      }
    }
    const metrics = await page.metrics();
    // Check that the page holds what it should, so a changed page or snippet cannot pass unnoticed.
    const count = await page.evaluate(
      (v: string) => (v === 'static' ? document.querySelectorAll('#snippet > article') : document.querySelectorAll('#snippet > eg-finding')).length,
      variant,
    );
    if (count !== n) throw new Error(`${variant} ${n}: the page has ${count} findings, not ${n}`);
    const trace = await page.tracing.stop();
    tracing = false;
    if (TRACES) {
      mkdirSync(TRACES, { recursive: true });
      writeFileSync(join(TRACES, `${variant}-${n}-${run}.json`), trace!);
    }
    const { traceEvents } = JSON.parse(Buffer.from(trace!).toString('utf8')) as { traceEvents: TraceEvent[] };
    return { variant, n, heapMB: (metrics.JSHeapUsedSize ?? 0) / 2 ** 20, ...analyse(traceEvents, url, inPage) };
  } finally {
    if (tracing) await page.tracing.stop().catch(() => undefined);
    await page.close();
  }
}

/** One load, tried once more if it fails (a busy machine can push the frame past the wait). */
async function measure(browser: Browser, origin: string, variant: Variant, n: number, run: string): Promise<Sample> {
  try {
    return await load(browser, origin, variant, n, run);
  } catch (e) {
    console.log(`  (${variant}, ${n} findings, run ${run}: ${String(e).split('\n')[0]}; loading it again)`);
    return load(browser, origin, variant, n, run);
  }
}

// ---------------------------------------------------------------- report helpers

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const shuffle = <T>(xs: T[]): T[] => {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
};
const ms = (x: number) => x.toFixed(0);
const ratio = (x: number, base: number) => `${(x / base).toFixed(2)}×`;

function machine(browserVersion: string): string[] {
  let cpu = cpus()[0]?.model ?? 'unknown';
  try {
    cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpu;
  } catch {
    // not Linux: os.cpus() has it
  }
  return [
    `Machine:  ${cpu}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GB memory; load average before the bench ${loadavg().map((x) => x.toFixed(2)).join(', ')} (1, 5, 15 min)`,
    `Browser:  ${browserVersion} (headless), Node ${process.version}`,
    `Date:     ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}`,
  ];
}

// ---------------------------------------------------------------- main

const server = await startServer({
  transformHtml: (html, url) => {
    const variant = url.searchParams.get('variant') as Variant | null;
    const n = Number(url.searchParams.get('n'));
    return variant && (VARIANTS as readonly string[]).includes(variant) ? html.replace('<!--SNIPPET-->', bodyFor(variant, n)) : html;
  },
});
const browser = await launch('chromium');
const started = Date.now();
const samples: Sample[] = [];
try {
  const browserVersion = await browser.version();
  console.log(`evidence-guidance bench: ${SIZES.join(', ')} findings × ${VARIANTS.length} variants, ${RUNS} runs (median), cold loads, interleaved`);
  for (const line of machine(browserVersion)) console.log(line);
  for (const variant of VARIANTS) await measure(browser, server.origin, variant, Math.min(...SIZES), 'warm-up');
  const combos = SIZES.flatMap((n) => VARIANTS.map((variant) => ({ variant, n })));
  for (let run = 1; run <= RUNS; run++) {
    for (const { variant, n } of shuffle(combos)) samples.push(await measure(browser, server.origin, variant, n, String(run)));
    process.stdout.write(`  run ${run}/${RUNS} done (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
  }
} finally {
  await browser.close();
  await server.close();
}

// ---------------------------------------------------------------- report

interface Row {
  n: number;
  variant: Variant;
  rendered: number;
  busy: number;
  longest: number;
  longestMax: number;
  heap: number;
  min: number;
  max: number;
}
const rows: Row[] = [];
for (const n of SIZES) {
  for (const variant of VARIANTS) {
    const s = samples.filter((x) => x.n === n && x.variant === variant);
    rows.push({
      n,
      variant,
      rendered: median(s.map((x) => x.rendered)),
      busy: median(s.map((x) => x.busy)),
      longest: median(s.map((x) => x.longest)),
      longestMax: Math.max(...s.map((x) => x.longest)),
      heap: median(s.map((x) => x.heapMB)),
      min: Math.min(...s.map((x) => x.rendered)),
      max: Math.max(...s.map((x) => x.rendered)),
    });
  }
}
const row = (n: number, v: Variant) => rows.find((r) => r.n === n && r.variant === v);

const header = ['findings', 'variant', 'rendered (ms)', '× static', 'busy (ms)', '× static', 'longest task (ms)', 'JS heap (MB)', 'rendered, min–max (ms)'];
const table = rows.map((r) => {
  const base = row(r.n, 'static')!;
  return [
    String(r.n),
    LABEL[r.variant],
    ms(r.rendered),
    ratio(r.rendered, base.rendered),
    ms(r.busy),
    ratio(r.busy, base.busy),
    ms(r.longest),
    r.heap.toFixed(1),
    `${ms(r.min)}–${ms(r.max)}`,
  ];
});
const widths = header.map((h, i) => Math.max(h.length, ...table.map((c) => c[i]!.length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
console.log();
console.log(`Medians of ${RUNS} runs (all times from navigation start):`);
console.log();
console.log(line(header));
console.log(`|${widths.map((w, i) => (i < 2 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
for (const cells of table) console.log(line(cells));

// The no-JS time comes from the trace; the static page's in-page time checks that rule.
const gaps = samples.filter((s) => s.variant === 'static').map((s) => s.frameAfterDcl - s.rendered);
console.log();
console.log(
  `Check: on the static page, the trace rule (end of the first painting task after DOMContentLoaded) minus the in-page time: ` +
    `median ${median(gaps).toFixed(1)} ms, range ${Math.min(...gaps).toFixed(1)} to ${Math.max(...gaps).toFixed(1)} ms.`,
);

console.log();
console.log('Targets:');
const verdicts: string[] = [];
const check = (ok: boolean, text: string) => verdicts.push(`${ok ? 'PASS' : 'FAIL'}  ${text}`);
for (const [n, limit] of [
  [100, TARGETS.ratio100],
  [1000, TARGETS.ratio1000],
] as const) {
  const w = row(n, 'widgets');
  const s = row(n, 'static');
  if (!w || !s) {
    verdicts.push(`----  widgets ≤ ${limit}× static at ${n} findings: not measured (--sizes)`);
    continue;
  }
  check(w.rendered / s.rendered <= limit, `widgets ≤ ${limit}× static at ${n} findings (time until rendered): ${ratio(w.rendered, s.rendered)} (${ms(w.rendered)} ms vs ${ms(s.rendered)} ms)`);
}
const big = row(1000, 'widgets');
if (big) {
  const all = rows.filter((r) => r.n === 1000);
  const worst = all.reduce((a, b) => (b.longest > a.longest ? b : a));
  check(
    worst.longest <= TARGETS.longestTask1000,
    `no task over ${TARGETS.longestTask1000} ms at 1000 findings: longest (median of runs) ${ms(worst.longest)} ms (${LABEL[worst.variant]}; worst single run ${ms(Math.max(...all.map((r) => r.longestMax)))} ms)`,
  );
} else {
  verdicts.push(`----  no task over ${TARGETS.longestTask1000} ms at 1000 findings: not measured (--sizes)`);
}
for (const v of verdicts) console.log(v);

// Where the widgets' main-thread time goes, per size, in the run with the median longest
// task: its three longest tasks before rendered, each split by kind (from the trace).
console.log();
console.log('Where the widgets spend the main thread (the run with the median longest task; its three longest tasks):');
for (const n of SIZES) {
  const ws = samples.filter((s) => s.variant === 'widgets' && s.n === n).sort((a, b) => a.longest - b.longest);
  const mid = ws[(ws.length - 1) >> 1];
  if (!mid) continue;
  console.log(`  ${n} findings, rendered at ${ms(mid.rendered)} ms:`);
  for (const t of mid.bigTasks) {
    const parts = Object.entries(t.parts)
      .filter(([, d]) => d >= 1)
      .sort((a, b) => b[1] - a[1])
      .map(([k, d]) => `${k} ${ms(d)}`)
      .join(', ');
    console.log(`    at ${ms(t.at).padStart(5)} ms, ${ms(t.dur).padStart(4)} ms: ${parts}`);
  }
}
console.log();
console.log(`Done in ${((Date.now() - started) / 1000).toFixed(0)} s. Command: npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`);
