/**
 * Kept as a script, after trying tachometer 0.7.2: its Chrome runs through selenium-webdriver,
 * and at run time it installs the npm `chromedriver` package on demand
 * (`npm install chromedriver@*`), whose install script downloads ChromeDriver 148 from
 * googlechromelabs.github.io: offline it fails, and that driver does not match Debian's
 * Chromium 156 (Debian's own chromium-driver is not installed). It also measures one number per
 * page (a global expression, a performance entry or first contentful paint): not the main-thread
 * busy time and longest task this bench reads from traces, nor a render time with JavaScript off.
 *
 * `npm run bench [-- --runs 7] [-- --only summary|findings] [-- --sizes 10,100,1000]
 * [-- --lh-runs 3 | --no-lighthouse] [-- --traces DIR]`: how much the widgets cost a page,
 * against the same content as plain HTML. A measurement, not a test: it always exits 0
 * (unless it cannot run at all), and prints PASS or FAIL against the targets. It needs
 * `npm run build` first (it loads `cdn/evidence-guidance.js`).
 *
 * Every page is the council page `test/pages/snippet.html`, served by the page tests' server,
 * with the body pasted in made in memory. The server runs in a process of its own
 * (scripts/lib/bench-server.ts), so that a request never waits for the bench's own work. Two
 * parts (`--only` runs one):
 *
 * 1. The whole summary (`early-years-integration`), three ways:
 *    - `static`: the `<eg-summary>` snippet's inner HTML, with no custom element and no script;
 *    - `snippet + script`: the snippet exactly as `renderSnippet` prints it with
 *      `scriptSrc: '/cdn/evidence-guidance.js'`: its comment, the `<eg-summary>` element holding
 *      the static HTML, which the script upgrades in place, and the `<script type="module">`
 *      line it prints after the element, for `upgrade.js` (which loads the bundle once the first
 *      paint is on screen; a snippet has no preload line);
 *    - `bare`: an empty `<eg-summary summary="early-years-integration"></eg-summary>`, then what
 *      the CDN docs print for it (`scriptLines`: the content chunk's preload and the script).
 * 2. Findings (cycling through the summary's ten finding ids), 10, 100 and 1000 of them (`--sizes`):
 *    - `static`: plain semantic HTML, the snippet's inner `<article>` for each finding, with no
 *      custom element and no script;
 *    - `snippet, no JS`: the `<eg-finding>`-wrapped snippet, loaded with JavaScript disabled;
 *    - `widgets`: bare `<eg-finding summary=".." finding="..">` elements and the CDN bundle
 *      (`<script type="module" src="/cdn/evidence-guidance.js">`), which loads the content chunk.
 *
 * Each load is cold: a new page, so a new renderer process (nothing compiled or cached in
 * memory carries over), with the HTTP cache disabled (and the server sends `no-store`), in
 * puppeteer's default 800×600 viewport, unthrottled. Each run loads every page of a part
 * once, in a shuffled order, so drift on a shared machine (another process, thermal) spreads
 * over all of them; the tables give the median over the `--runs` runs. One untimed warm-up
 * pass comes first: the first loads in a fresh browser pay for starting its network service
 * and preloading its own WebUI, no part of what is compared. `--traces DIR` saves every
 * trace, to open in DevTools' Performance panel.
 *
 * What is measured for the summary pages, per load (times from navigation start), by a
 * script injected with `evaluateOnNewDocument` (it runs before any page script):
 *
 * - FCP: the `first-contentful-paint` paint entry.
 * - LCP: the last entry of a buffered `largest-contentful-paint` observer once the page has
 *   settled: after the `load` event and, on the widget pages, once every evidence-guidance
 *   element on the page (through shadow roots) has rendered (Lit's `hasUpdated`, no update
 *   pending), none is `:state(loading)` and the `eg-summary`'s shadow root holds an `h2` or `h1`
 *   (or 5 s from navigation start, reported), then the frame after that (`ready`), then one
 *   more second (`settled`). Its element (tag, id, classes, start of its text, and the widget
 *   whose shadow root it sits in) is printed, with how many runs ended on it and their median
 *   LCP: from the entry when the page can see it, and otherwise (inside a shadow root, where
 *   the entry's `element` is null) from the trace's last `largestContentfulPaint::Candidate`,
 *   whose DOM node is described through CDP ("from the trace"). The run with the median LCP
 *   also lists every LCP entry it saw, in order (a later one is a larger paint).
 * - CLS: the sum of the `layout-shift` entries without `hadRecentInput` up to settled (with
 *   the elements that moved, for the worst run).
 * - TBT and longest task: from the trace (below), the tasks from navigation start to settled:
 *   TBT is the sum over them of max(0, duration − 50 ms); longest the longest of them.
 *
 * Then Lighthouse 12 (its Node API, Chromium started by chrome-launcher from
 * `/usr/bin/chromium`, or `CHROME_PATH`), the performance category with its default mobile
 * settings (simulated throttling: a slow 4G network and a 4× slower CPU, worked out from an
 * unthrottled load), `--lh-runs` runs of each summary page in a shuffled order, each in a
 * fresh Chromium: the medians of its FCP, LCP, TBT, CLS and performance score, and the LCP
 * element it names.
 *
 * What is measured for the findings, per load (all times from navigation start):
 *
 * - rendered: when every finding is on screen.
 *   - static (JavaScript on, but the page has no script): in the page, from the injected
 *     script: at DOMContentLoaded, wait for the next animation frame, then post a message from
 *     its rAF callback; the message runs once that frame's style, layout and paint are done,
 *     and records `performance.now()`.
 *   - widgets: the same script polls in `requestAnimationFrame` until there are N `eg-finding`
 *     elements, each with an `<article>` in its shadow root holding its rating
 *     (`[part~=rating]`); from that frame's rAF callback it posts
 *     the message, so the time includes the frame that paints the last widget. (Polling costs
 *     well under a millisecond a frame: each widget is checked until it has rendered, once.)
 *   - snippet with JavaScript off: no page script runs (not even an injected one: its
 *     listeners and rAF callbacks never fire), so it comes from the trace: the end of the first
 *     main-thread task starting after `domContentLoadedEventEnd` that paints (`PrePaint`,
 *     `Paint`: the animation frame), i.e. the same point as above. The same rule applied to the
 *     static page's trace agrees with its in-page time (the bench checks, and prints the gap).
 * - busy and longest task: from the trace (below), between navigation start and rendered:
 *   busy is the sum of the tasks' durations (clipped to that window), longest the longest task.
 * - heap: `JSHeapUsedSize` from CDP `Performance.getMetrics` once rendered (no forced GC).
 *
 * Tasks come from a CDP trace (`devtools.timeline`, `disabled-by-default-devtools.timeline`,
 * `v8.execute`; and `loading` for the summary pages' LCP candidates): the top-level `RunTask`
 * events on the page's renderer main thread (the thread of the `navigationStart` event for our
 * URL), each counted whole if it starts in the window. A trace rather than `Performance.getMetrics`'
 * `TaskDuration` delta plus a `longtask` observer, because the trace is exact about the window
 * (the metric delta would count whatever ran before and after it was read), sees every task
 * rather than those over 50 ms, and works with JavaScript off, where no observer can run.
 *
 * Targets (issue #11): the bare `<eg-summary>`'s LCP ≤ 1.2× the static page's, and on
 * Lighthouse mobile TBT ≤ 100 ms and a performance score ≥ 98; the snippet with the script:
 * LCP ≤ 1.1× static, FCP no later than static (within 5% or 16 ms, whichever is larger) and
 * no layout shift (CLS < 0.0005); 100 findings rendered ≤ 1.5× static, 1000 ≤ 1.6× static
 * with no task over 200 ms. The in-page targets compare medians.
 */
import { fork } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Browser, Page } from 'puppeteer-core';
import { loadSummary } from '../src/content/registry.js';
import { renderSnippet, scriptLines } from '../src/snippet/snippet.js';
import { launch } from '../test/node/lib/browsers.js';
import { repoRoot } from '../test/node/lib/server.js';

const SUMMARY_ID = 'early-years-integration';
const SCRIPT_SRC = '/cdn/evidence-guidance.js';
const VARIANTS = ['static', 'snippet-no-js', 'widgets'] as const;
type Variant = (typeof VARIANTS)[number];
const LABEL: Record<Variant, string> = { static: 'static HTML', 'snippet-no-js': 'snippet, no JS', widgets: 'widgets' };
const SUMMARY_PAGES = ['static', 'snippet', 'bare'] as const;
type SummaryPage = (typeof SUMMARY_PAGES)[number];
const SUMMARY_LABEL: Record<SummaryPage, string> = { static: 'static', snippet: 'snippet + script', bare: 'bare' };
const TARGETS = {
  ratio100: 1.5,
  ratio1000: 1.6,
  longestTask1000: 200,
  bareLcp: 1.2,
  bareLhTbt: 100,
  bareLhScore: 98,
  snippetLcp: 1.1,
  /** FCP of the snippet with the script: at most this × static's, or static's plus `snippetFcpSlack` ms, whichever is larger. */
  snippetFcp: 1.05,
  snippetFcpSlack: 16,
  /** CLS counts as 0 below this. */
  cls: 0.0005,
};
const STAMP = 'eg-bench-rendered';
const READY_STAMP = 'eg-bench-ready';
const SETTLED_STAMP = 'eg-bench-settled';
/** On the widget pages, how long (from navigation start) to wait for the widget to render before settling anyway. */
const READY_TIMEOUT = 5_000;
/** How long after ready the LCP and layout shifts are read. */
const SETTLE = 1_000;
const LOAD_TIMEOUT = 60_000;
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const LH_VERSION = (JSON.parse(readFileSync(join(repoRoot, 'node_modules', 'lighthouse', 'package.json'), 'utf8')) as { version: string }).version;

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
const ONLY = option('only');
const LH_RUNS = Number(option('lh-runs') ?? 3);
const RUN_SUMMARY = ONLY !== 'findings';
const RUN_FINDINGS = ONLY !== 'summary';
const RUN_LIGHTHOUSE = RUN_SUMMARY && !process.argv.includes('--no-lighthouse');
if (
  !Number.isInteger(RUNS) ||
  RUNS < 1 ||
  SIZES.some((n) => !Number.isInteger(n) || n < 1) ||
  !Number.isInteger(LH_RUNS) ||
  LH_RUNS < 1 ||
  (ONLY !== undefined && ONLY !== 'summary' && ONLY !== 'findings')
) {
  console.error(
    'Usage: npm run bench [-- --runs 7] [-- --only summary|findings] [-- --sizes 10,100,1000] [-- --lh-runs 3 | --no-lighthouse] [-- --traces DIR]',
  );
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
        // What the CDN docs print before the widgets: the content chunk's script line, then the bundle's.
        scriptLines(SCRIPT_SRC, SUMMARY_ID) +
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

/** The whole-summary snippet, as the CLI prints it for a page that loads the script from the CDN build. */
const summarySnippet = renderSnippet(summary, { scriptSrc: SCRIPT_SRC });
const summaryParts = /^([\s\S]*?)(<eg-summary\b[^>]*>)\n([\s\S]*)\n<\/eg-summary>\n([\s\S]*)$/.exec(summarySnippet);
if (!summaryParts) throw new Error('renderSnippet printed no <eg-summary> element for the whole summary');
/** The line the snippet prints after the element: the script line for upgrade.js, beside the bundle (a snippet has no preload line). */
const scriptPart = summaryParts[4]!.trim();
const UPGRADE_SRC = SCRIPT_SRC.replace(/[^/]*$/, 'upgrade.js');
if (!scriptPart.includes(`src="${UPGRADE_SRC}"`)) throw new Error(`the summary snippet has no <script src="${UPGRADE_SRC}"> after the element`);
/** What the CDN docs print for a bare widget: the content chunk's preload, then the script. */
const bareLines = scriptLines(SCRIPT_SRC, SUMMARY_ID).trim();
const SUMMARY_BODIES: Record<SummaryPage, string> = {
  static: summaryParts[3]!,
  snippet: summarySnippet,
  bare: `${summaryParts[2]}</eg-summary>\n${bareLines}`,
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
    return !!(article && article.querySelector('[part~="rating"]'));
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

/** Describes an element in a line: tag, classes, start of its text, the widget whose shadow root holds it. Runs in the page. */
const DESCRIBE = `function describe(el) {
  if (!el || el.nodeType !== 1) el = el && el.parentElement;
  if (!el) return null;
  const classes = typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\\s+/).join('.') : '';
  const root = el.getRootNode();
  const text = (el.textContent || '').trim().replace(/\\s+/g, ' ');
  return el.localName + (el.id ? '#' + el.id : '') + classes + (root && root.host ? ' in <' + root.host.localName + '>' : '') + ' "' + (text.length > 40 ? text.slice(0, 39) + '…' : text) + '"';
}`;

/**
 * Injected before any page script on the summary pages. Resolves `window.__egBench.done` with
 * FCP, every LCP entry, the layout shifts, and when the page was ready and settled (ms from
 * navigation start); stamps the trace at ready and settled.
 */
const SUMMARY_PROBE = `(() => {
  ${DESCRIBE}
  const page = new URLSearchParams(location.search).get('summary');
  const lcp = [];
  const shifts = [];
  let resolve;
  window.__egBench = { done: new Promise((r) => (resolve = r)) };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) lcp.push({ at: e.startTime, size: e.size, element: describe(e.element) });
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (!e.hadRecentInput) shifts.push({ at: e.startTime, value: e.value, sources: (e.sources || []).map((s) => describe(s.node)).filter(Boolean) });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  const is = (el, selector) => {
    try {
      return el.matches(selector);
    } catch {
      return false;
    }
  };
  // Every evidence-guidance element under root (and in their shadow roots) has rendered and is not loading.
  const rendered = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (!el.localName.startsWith('eg-')) continue;
      if (!el.shadowRoot || !el.hasUpdated || el.isUpdatePending || is(el, ':state(loading)')) return false;
      if (!rendered(el.shadowRoot)) return false;
    }
    return true;
  };
  const isReady = () => {
    if (document.readyState !== 'complete') return false;
    if (page === 'static') return true;
    const el = document.querySelector('eg-summary');
    return !!(el && el.shadowRoot && el.shadowRoot.querySelector('h1, h2') && rendered(document));
  };
  const poll = () => {
    const ready = isReady();
    if (!ready && performance.now() < ${READY_TIMEOUT}) return requestAnimationFrame(poll);
    // From inside a rAF callback: a message posted now runs after this frame is rendered.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      const readyAt = performance.now();
      console.timeStamp(${JSON.stringify(READY_STAMP)});
      setTimeout(() => {
        const settled = performance.now();
        console.timeStamp(${JSON.stringify(SETTLED_STAMP)});
        const fcp = performance.getEntriesByName('first-contentful-paint')[0];
        resolve({ ready: readyAt, timedOut: !ready, settled, fcp: fcp ? fcp.startTime : null, lcp: lcp.slice(), shifts: shifts.slice() });
      }, ${SETTLE});
    };
    channel.port2.postMessage(0);
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
  /** The window's end as measured (in the page, or the trace rule with JavaScript off), ms from navigation start. */
  rendered: number;
  busy: number;
  longest: number;
  /** Total blocking time: the sum over the window's tasks of max(0, duration − 50 ms). */
  tbt: number;
  /** The three longest tasks before rendered, in time order. */
  bigTasks: Task[];
  /** The DOM node (backend node id) of the last LCP candidate in the window, when the trace has the `loading` category. */
  lcpNode?: number;
}

/**
 * The page's main-thread tasks from navigation start to the window's end: `end.at` (ms from
 * navigation start, measured in the page, which put `end.stamp` in the trace at that moment),
 * or by default the end of the first painting task after DOMContentLoaded.
 */
function analyse(events: TraceEvent[], url: string, end?: { at: number; stamp: string }): Analysis {
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
  let endTs = renderingTask.ts + renderingTask.dur!;
  if (end) {
    rendered = end.at;
    // The stamp the page put in the trace as it recorded the time: the window's exact end.
    const stamp = main.find((e) => e.name === 'TimeStamp' && (e.args?.data as { message?: string })?.message === end.stamp);
    endTs = stamp ? stamp.ts : t0 + end.at * 1000;
  }
  let busy = 0;
  const inWindow: TraceEvent[] = [];
  for (const t of tasks) {
    if (t.ts >= endTs) break;
    busy += Math.min(t.ts + t.dur!, endTs) - Math.max(t.ts, t0);
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
  // LCP candidates of our document (its frame's events on the main thread after navigation start).
  const lcp = main.filter((e) => e.name === 'largestContentfulPaint::Candidate' && e.ts < endTs && e.args?.frame === nav.args?.frame).at(-1);
  const lcpNode = lcp?.args?.data?.nodeId;
  return {
    frameAfterDcl,
    rendered,
    busy: busy / 1000,
    longest: Math.max(0, ...inWindow.map((t) => t.dur! / 1000)),
    tbt: inWindow.reduce((sum, t) => sum + Math.max(0, t.dur! / 1000 - 50), 0),
    bigTasks,
    ...(typeof lcpNode === 'number' ? { lcpNode } : {}),
  };
}

// ---------------------------------------------------------------- one load

interface Sample extends Analysis {
  variant: Variant;
  n: number;
  heapMB: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** DevTools' own categories for its Performance panel, less screenshots and the JS sampler: `v8.execute` attributes microtasks (where Lit renders), `blink.user_timing` has the navigation timing marks. */
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing'];

/** Waits for the probe's `window.__egBench.done`, at most LOAD_TIMEOUT. */
async function probeResult<T>(page: Page, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: not rendered after ${LOAD_TIMEOUT / 1000} s`)), LOAD_TIMEOUT);
  });
  const done = page.evaluate(() => (window as unknown as { __egBench: { done: Promise<unknown> } }).__egBench.done) as Promise<T>;
  try {
    return await Promise.race([done, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function saveTrace(name: string, trace: Uint8Array): void {
  if (!TRACES) return;
  mkdirSync(TRACES, { recursive: true });
  writeFileSync(join(TRACES, `${name}.json`), trace);
}

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
    await page.tracing.start({ categories: TRACE_CATEGORIES });
    tracing = true;
    await sleep(50); // let tracing start in every process before navigating
    await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT });
    let inPage: number | undefined;
    if (variant === 'snippet-no-js') {
      await sleep(400); // for the frame after DOMContentLoaded, found in the trace (no page script can say when)
    } else {
      inPage = (await probeResult<{ rendered: number }>(page, `${variant} ${n}`)).rendered;
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
    saveTrace(`${variant}-${n}-${run}`, trace!);
    const { traceEvents } = JSON.parse(Buffer.from(trace!).toString('utf8')) as { traceEvents: TraceEvent[] };
    const end = inPage === undefined ? undefined : { at: inPage, stamp: STAMP };
    return { variant, n, heapMB: (metrics.JSHeapUsedSize ?? 0) / 2 ** 20, ...analyse(traceEvents, url, end) };
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

interface ProbeResult {
  ready: number;
  timedOut: boolean;
  settled: number;
  fcp: number | null;
  lcp: Array<{ at: number; size: number; element: string | null }>;
  shifts: Array<{ at: number; value: number; sources: string[] }>;
}

interface SummarySample extends Analysis {
  page: SummaryPage;
  fcp: number;
  lcp: number;
  lcpSize: number;
  /** The LCP element, described (see DESCRIBE). */
  lcpElement: string;
  /** Every LCP entry of the load, in order: its time and element (the last as `lcpElement`). */
  lcpSteps: string[];
  cls: number;
  shifts: ProbeResult['shifts'];
  /** When the widget had rendered its content (static: the frame after load), ms from navigation start. */
  ready: number;
  readyTimedOut: boolean;
}

/** Describes a DOM node found in the trace (its backend node id), through CDP. */
async function describeNode(page: Page, backendNodeId: number): Promise<string | undefined> {
  const cdp = await page.createCDPSession();
  try {
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId });
    if (!object.objectId) return undefined;
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: `function () { return (${DESCRIBE})(this); }`,
      returnByValue: true,
    });
    return typeof result.value === 'string' ? `${result.value} (from the trace)` : undefined;
  } catch {
    return undefined;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

async function loadSummaryPage(browser: Browser, origin: string, which: SummaryPage, run: string): Promise<SummarySample> {
  const page = await browser.newPage();
  let tracing = false;
  try {
    await page.setCacheEnabled(false);
    await page.evaluateOnNewDocument(SUMMARY_PROBE);
    const url = `${origin}/test/pages/snippet.html?summary=${which}&run=${run}`;
    await page.tracing.start({ categories: [...TRACE_CATEGORIES, 'loading'] });
    tracing = true;
    await sleep(50); // let tracing start in every process before navigating
    await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT });
    const probe = await probeResult<ProbeResult>(page, `summary, ${SUMMARY_LABEL[which]}`);
    // Check that the page holds what it should, so a changed page or snippet cannot pass unnoticed.
    const shape = await page.evaluate(() => {
      const el = document.querySelector('#snippet > eg-summary');
      return {
        summary: !!el,
        children: el?.childElementCount ?? 0,
        heading: !!document.querySelector('#snippet > h2, #snippet > article > h2'),
        shadowHeading: !!el?.shadowRoot?.querySelector('h1, h2'),
        scripts: document.querySelectorAll('#snippet script[type="module"]').length,
      };
    });
    const expected =
      which === 'static'
        ? !shape.summary && shape.heading && shape.scripts === 0
        : shape.summary && (which === 'bare' ? shape.children === 0 && shape.scripts === 2 : shape.children > 0 && shape.scripts === 1);
    if (!expected) throw new Error(`summary, ${SUMMARY_LABEL[which]}: the page is not what it should be (${JSON.stringify(shape)})`);
    if (which !== 'static' && !shape.shadowHeading) throw new Error(`summary, ${SUMMARY_LABEL[which]}: <eg-summary> rendered no heading`);
    const trace = await page.tracing.stop();
    tracing = false;
    saveTrace(`summary-${which}-${run}`, trace!);
    const { traceEvents } = JSON.parse(Buffer.from(trace!).toString('utf8')) as { traceEvents: TraceEvent[] };
    const analysis = analyse(traceEvents, url, { at: probe.settled, stamp: SETTLED_STAMP });
    const last = probe.lcp.at(-1);
    if (probe.fcp === null || !last) throw new Error(`summary, ${SUMMARY_LABEL[which]}: no FCP or LCP entry`);
    let lcpElement = last.element ?? undefined;
    if (!lcpElement && analysis.lcpNode !== undefined) lcpElement = await describeNode(page, analysis.lcpNode);
    return {
      page: which,
      ...analysis,
      fcp: probe.fcp,
      lcp: last.at,
      lcpSize: last.size,
      lcpElement: lcpElement ?? '(unknown: not in the entry, and not found from the trace)',
      lcpSteps: probe.lcp.map((e, i, all) => {
        const element = i === all.length - 1 ? lcpElement : e.element;
        return `${ms(e.at)} ms ${(element ?? 'an element in a shadow root').replace(/ \(from the trace\)$/, '')}`;
      }),
      cls: probe.shifts.reduce((sum, s) => sum + s.value, 0),
      shifts: probe.shifts,
      ready: probe.ready,
      readyTimedOut: probe.timedOut,
    };
  } finally {
    if (tracing) await page.tracing.stop().catch(() => undefined);
    await page.close();
  }
}

async function measureSummary(browser: Browser, origin: string, which: SummaryPage, run: string): Promise<SummarySample> {
  try {
    return await loadSummaryPage(browser, origin, which, run);
  } catch (e) {
    console.log(`  (summary, ${SUMMARY_LABEL[which]}, run ${run}: ${String(e).split('\n')[0]}; loading it again)`);
    return loadSummaryPage(browser, origin, which, run);
  }
}

// ---------------------------------------------------------------- lighthouse

interface LhSample {
  page: SummaryPage;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  /** 0-100. */
  score: number;
  lcpElement: string;
  warnings: string[];
}

/** One Lighthouse run (performance, default mobile settings) of a summary page, in a fresh Chromium. */
async function lighthouseRun(origin: string, which: SummaryPage, run: string): Promise<LhSample> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME_PATH,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-component-update', '--no-first-run'],
    logLevel: 'silent',
  });
  try {
    const url = `${origin}/test/pages/snippet.html?summary=${which}&run=lh-${run}`;
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
      disableFullPageScreenshot: true,
    });
    const lhr = result?.lhr;
    if (!lhr) throw new Error('Lighthouse returned no result');
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const value = (id: string) => {
      const v = lhr.audits[id]?.numericValue;
      if (typeof v !== 'number') throw new Error(`Lighthouse: no value for ${id}`);
      return v;
    };
    const score = lhr.categories.performance?.score;
    if (typeof score !== 'number') throw new Error('Lighthouse: no performance score');
    // The LCP element audit: a table whose first item is a node (snippet, selector, label).
    const details = lhr.audits['largest-contentful-paint-element']?.details as
      | { items?: Array<{ items?: Array<{ node?: { nodeLabel?: string; snippet?: string; selector?: string } }> }> }
      | undefined;
    const node = details?.items?.[0]?.items?.[0]?.node;
    const label = (node?.nodeLabel ?? '').replace(/\s+/g, ' ');
    const lcpElement = node ? `${node.selector ?? node.snippet ?? '?'} "${label.length > 40 ? `${label.slice(0, 39)}…` : label}"` : '(not given)';
    return {
      page: which,
      fcp: value('first-contentful-paint'),
      lcp: value('largest-contentful-paint'),
      tbt: value('total-blocking-time'),
      cls: value('cumulative-layout-shift'),
      score: score * 100,
      lcpElement,
      warnings: lhr.runWarnings.map(String),
    };
  } finally {
    chrome.kill();
  }
}

// ---------------------------------------------------------------- report helpers

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
/** The sample with the median value of `by` (the lower middle one, for an even count). */
const medianSample = <T>(xs: T[], by: (x: T) => number): T | undefined => [...xs].sort((a, b) => by(a) - by(b))[(xs.length - 1) >> 1];
const shuffle = <T>(xs: readonly T[]): T[] => {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
};
const ms = (x: number) => x.toFixed(0);
const ratio = (x: number, base: number) => `${(x / base).toFixed(2)}×`;
const clsText = (x: number) => x.toFixed(4);

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

/** A markdown table: the columns whose indexes are in `left` aligned left (text), the rest right (numbers). */
function printTable(header: string[], rows: string[][], left: number[]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((c) => c[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (left.includes(i) ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w, i) => (left.includes(i) ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
  for (const cells of rows) console.log(line(cells));
}

// ---------------------------------------------------------------- main

// Every page body the runs ask for, made here and served by a process of its own (see bench-server.ts).
const pageBodies: Record<string, string> = {};
if (RUN_SUMMARY) for (const which of SUMMARY_PAGES) pageBodies[`summary=${which}`] = SUMMARY_BODIES[which];
if (RUN_FINDINGS) for (const variant of VARIANTS) for (const n of SIZES) pageBodies[`variant=${variant}&n=${n}`] = bodyFor(variant, n);
const serverProcess = fork(join(repoRoot, 'scripts', 'lib', 'bench-server.ts'), [], { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
const server = await new Promise<{ origin: string }>((resolve, reject) => {
  serverProcess.once('message', (m) => resolve(m as { origin: string }));
  serverProcess.once('exit', (code) => reject(new Error(`the page server stopped (exit code ${code})`)));
  serverProcess.send({ bodies: pageBodies });
});
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
const samples: Sample[] = [];
const summarySamples: SummarySample[] = [];
const lhSamples: LhSample[] = [];
const lhFailures: string[] = [];
try {
  const browser = await launch('chromium');
  try {
    const browserVersion = await browser.version();
    const parts = [
      RUN_SUMMARY ? `the whole summary × ${SUMMARY_PAGES.length} pages${RUN_LIGHTHOUSE ? ` (and Lighthouse mobile, ${LH_RUNS} run${LH_RUNS > 1 ? 's' : ''} each)` : ''}` : '',
      RUN_FINDINGS ? `${SIZES.join(', ')} findings × ${VARIANTS.length} variants` : '',
    ].filter(Boolean);
    console.log(`evidence-guidance bench: ${parts.join('; ')}; ${RUNS} runs (median), cold loads, interleaved`);
    for (const line of machine(browserVersion)) console.log(line);
    if (RUN_SUMMARY) {
      console.log(`Summary:  the snippet page has the snippet, then its <script> for upgrade.js (which loads the bundle after the first paint); the bare page has <eg-summary>, then the content chunk's <script> and the bundle's, as the CDN docs print them`);
      for (const which of SUMMARY_PAGES) await measureSummary(browser, server.origin, which, 'warm-up');
      for (let run = 1; run <= RUNS; run++) {
        for (const which of shuffle(SUMMARY_PAGES)) summarySamples.push(await measureSummary(browser, server.origin, which, String(run)));
        console.log(`  summary run ${run}/${RUNS} done (${elapsed()})`);
      }
    }
    if (RUN_FINDINGS) {
      for (const variant of VARIANTS) await measure(browser, server.origin, variant, Math.min(...SIZES), 'warm-up');
      const combos = SIZES.flatMap((n) => VARIANTS.map((variant) => ({ variant, n })));
      for (let run = 1; run <= RUNS; run++) {
        for (const { variant, n } of shuffle(combos)) samples.push(await measure(browser, server.origin, variant, n, String(run)));
        console.log(`  findings run ${run}/${RUNS} done (${elapsed()})`);
      }
    }
  } finally {
    await browser.close();
  }
  // After the puppeteer browser has gone: Lighthouse runs its own Chromium, one at a time.
  if (RUN_LIGHTHOUSE) {
    for (let run = 1; run <= LH_RUNS; run++) {
      for (const which of shuffle(SUMMARY_PAGES)) {
        try {
          lhSamples.push(await lighthouseRun(server.origin, which, String(run)));
        } catch (e) {
          lhFailures.push(`${SUMMARY_LABEL[which]}, run ${run}: ${String(e).split('\n')[0]}`);
          console.log(`  (Lighthouse, ${SUMMARY_LABEL[which]}, run ${run} failed: ${String(e).split('\n')[0]})`);
        }
      }
      console.log(`  Lighthouse run ${run}/${LH_RUNS} done (${elapsed()})`);
    }
  }
} finally {
  serverProcess.disconnect();
}

// ---------------------------------------------------------------- report

const verdicts: string[] = [];
const check = (ok: boolean, text: string) => verdicts.push(`${ok ? 'PASS' : 'FAIL'}  ${text}`);
const notMeasured = (text: string, why: string) => verdicts.push(`----  ${text}: not measured (${why})`);

// ---- the whole summary

interface SummaryRow {
  page: SummaryPage;
  fcp: number;
  lcp: number;
  cls: number;
  clsMax: number;
  tbt: number;
  longest: number;
  ready: number;
}
const summaryRows: SummaryRow[] = SUMMARY_PAGES.map((page) => {
  const s = summarySamples.filter((x) => x.page === page);
  return {
    page,
    fcp: median(s.map((x) => x.fcp)),
    lcp: median(s.map((x) => x.lcp)),
    cls: median(s.map((x) => x.cls)),
    clsMax: Math.max(...s.map((x) => x.cls)),
    tbt: median(s.map((x) => x.tbt)),
    longest: median(s.map((x) => x.longest)),
    ready: median(s.map((x) => x.ready)),
  };
});
const summaryRow = (page: SummaryPage) => summaryRows.find((r) => r.page === page)!;

if (RUN_SUMMARY) {
  const base = summaryRow('static');
  console.log();
  console.log(`The whole summary: medians of ${RUNS} runs (in the page; TBT and longest task from the trace, navigation start to settled; times from navigation start):`);
  console.log();
  printTable(
    ['page', 'FCP (ms)', '× static', 'LCP (ms)', '× static', 'CLS', 'TBT (ms)', 'longest task (ms)'],
    summaryRows.map((r) => [SUMMARY_LABEL[r.page], ms(r.fcp), ratio(r.fcp, base.fcp), ms(r.lcp), ratio(r.lcp, base.lcp), clsText(r.cls), ms(r.tbt), ms(r.longest)]),
    [0],
  );
  console.log();
  console.log('LCP elements (the last LCP entry of each run: in how many runs, and their median LCP), FCP and ready (medians; widget pages: the widget had rendered):');
  for (const page of SUMMARY_PAGES) {
    const s = summarySamples.filter((x) => x.page === page);
    const timedOut = s.filter((x) => x.readyTimedOut).length;
    const r = summaryRow(page);
    console.log(
      `  ${SUMMARY_LABEL[page]}: FCP ${ms(r.fcp)} ms, ready ${ms(r.ready)} ms` +
        (timedOut ? ` (${timedOut} of ${s.length} runs not rendered within ${READY_TIMEOUT / 1000} s)` : ''),
    );
    const byElement = new Map<string, SummarySample[]>();
    for (const x of s) byElement.set(x.lcpElement, [...(byElement.get(x.lcpElement) ?? []), x]);
    for (const [element, xs] of [...byElement].sort((a, b) => b[1].length - a[1].length)) {
      console.log(`    ${xs.length} of ${s.length} runs: LCP ${ms(median(xs.map((x) => x.lcp)))} ms, ${element}, ${ms(median(xs.map((x) => x.lcpSize)))} px²`);
    }
    const mid = medianSample(s, (x) => x.lcp);
    if (mid && mid.lcpSteps.length > 1) console.log(`    LCP entries of the median run: ${mid.lcpSteps.join(' → ')}`);
  }
  for (const page of SUMMARY_PAGES) {
    const worst = summarySamples.filter((x) => x.page === page && x.cls > 0).sort((a, b) => b.cls - a.cls)[0];
    if (!worst) continue;
    const runsWithShift = summarySamples.filter((x) => x.page === page && x.cls > 0).length;
    const shifts = worst.shifts.map((sh) => `${clsText(sh.value)} at ${ms(sh.at)} ms (${sh.sources.join('; ') || 'no source given'})`).join(', ');
    console.log(`  Layout shifts, ${SUMMARY_LABEL[page]}: in ${runsWithShift} of ${RUNS} runs; the worst run (CLS ${clsText(worst.cls)}): ${shifts}`);
  }

  if (RUN_LIGHTHOUSE) {
    console.log();
    const n = (page: SummaryPage) => lhSamples.filter((x) => x.page === page).length;
    console.log(`Lighthouse ${LH_VERSION} mobile (default settings: simulated throttling), performance only: medians of ${LH_RUNS} run${LH_RUNS > 1 ? 's' : ''} per page:`);
    console.log();
    printTable(
      ['page', 'runs', 'FCP (ms)', 'LCP (ms)', 'TBT (ms)', 'CLS', 'score', 'LCP element (median-LCP run)'],
      SUMMARY_PAGES.filter((p) => n(p) > 0).map((page) => {
        const s = lhSamples.filter((x) => x.page === page);
        return [
          SUMMARY_LABEL[page],
          String(s.length),
          ms(median(s.map((x) => x.fcp))),
          ms(median(s.map((x) => x.lcp))),
          ms(median(s.map((x) => x.tbt))),
          clsText(median(s.map((x) => x.cls))),
          ms(median(s.map((x) => x.score))),
          medianSample(s, (x) => x.lcp)!.lcpElement,
        ];
      }),
      [0, 7],
    );
    const warnings = [...new Set(lhSamples.flatMap((x) => x.warnings))];
    for (const w of warnings) console.log(`  Lighthouse warned: ${w}`);
    for (const f of lhFailures) console.log(`  Lighthouse failed: ${f}`);
  }
}

// Targets for the summary.
{
  const why = RUN_SUMMARY ? '' : '--only findings';
  const s = summaryRow('static');
  const bare = summaryRow('bare');
  const snip = summaryRow('snippet');
  const t = TARGETS;
  if (RUN_SUMMARY) {
    check(bare.lcp / s.lcp <= t.bareLcp, `bare eg-summary: LCP ≤ ${t.bareLcp}× static (in-page median): ${ratio(bare.lcp, s.lcp)} (${ms(bare.lcp)} ms vs ${ms(s.lcp)} ms)`);
  } else notMeasured(`bare eg-summary: LCP ≤ ${t.bareLcp}× static`, why);
  const lhBare = lhSamples.filter((x) => x.page === 'bare');
  const lhWhy = !RUN_SUMMARY ? why : !RUN_LIGHTHOUSE ? '--no-lighthouse' : 'every Lighthouse run failed';
  if (lhBare.length) {
    const tbt = median(lhBare.map((x) => x.tbt));
    const score = median(lhBare.map((x) => x.score));
    check(tbt <= t.bareLhTbt, `bare eg-summary: Lighthouse mobile TBT ≤ ${t.bareLhTbt} ms: ${ms(tbt)} ms (median of ${lhBare.length})`);
    check(score >= t.bareLhScore, `bare eg-summary: Lighthouse mobile performance score ≥ ${t.bareLhScore}: ${ms(score)} (median of ${lhBare.length}; runs ${lhBare.map((x) => ms(x.score)).join(', ')})`);
  } else {
    notMeasured(`bare eg-summary: Lighthouse mobile TBT ≤ ${t.bareLhTbt} ms`, lhWhy);
    notMeasured(`bare eg-summary: Lighthouse mobile performance score ≥ ${t.bareLhScore}`, lhWhy);
  }
  if (RUN_SUMMARY) {
    check(snip.lcp / s.lcp <= t.snippetLcp, `snippet + script: LCP ≤ ${t.snippetLcp}× static (in-page median): ${ratio(snip.lcp, s.lcp)} (${ms(snip.lcp)} ms vs ${ms(s.lcp)} ms)`);
    const limit = Math.max(s.fcp * t.snippetFcp, s.fcp + t.snippetFcpSlack);
    check(
      snip.fcp <= limit,
      `snippet + script: FCP not later than static (tolerance: ≤ ${t.snippetFcp}× static or static + ${t.snippetFcpSlack} ms, whichever is larger, here ≤ ${ms(limit)} ms): ` +
        `${ratio(snip.fcp, s.fcp)} (${ms(snip.fcp)} ms vs ${ms(s.fcp)} ms)`,
    );
    check(snip.cls < t.cls, `snippet + script: CLS = 0 (< ${t.cls}, in-page median): ${clsText(snip.cls)} (worst run ${clsText(snip.clsMax)})`);
  } else {
    notMeasured(`snippet + script: LCP ≤ ${t.snippetLcp}× static`, why);
    notMeasured(`snippet + script: FCP not later than static`, why);
    notMeasured(`snippet + script: CLS = 0`, why);
  }
}

// ---- findings

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
for (const n of RUN_FINDINGS ? SIZES : []) {
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

if (RUN_FINDINGS) {
  console.log();
  console.log(`Findings: medians of ${RUNS} runs (all times from navigation start):`);
  console.log();
  printTable(
    ['findings', 'variant', 'rendered (ms)', '× static', 'busy (ms)', '× static', 'longest task (ms)', 'JS heap (MB)', 'rendered, min–max (ms)'],
    rows.map((r) => {
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
    }),
    [0, 1],
  );

  // The no-JS time comes from the trace; the static page's in-page time checks that rule.
  const gaps = samples.filter((s) => s.variant === 'static').map((s) => s.frameAfterDcl - s.rendered);
  console.log();
  console.log(
    `Check: on the static page, the trace rule (end of the first painting task after DOMContentLoaded) minus the in-page time: ` +
      `median ${median(gaps).toFixed(1)} ms, range ${Math.min(...gaps).toFixed(1)} to ${Math.max(...gaps).toFixed(1)} ms.`,
  );
}

for (const [n, limit] of [
  [100, TARGETS.ratio100],
  [1000, TARGETS.ratio1000],
] as const) {
  const w = row(n, 'widgets');
  const s = row(n, 'static');
  if (!w || !s) {
    notMeasured(`widgets ≤ ${limit}× static at ${n} findings`, RUN_FINDINGS ? '--sizes' : '--only summary');
    continue;
  }
  check(w.rendered / s.rendered <= limit, `widgets ≤ ${limit}× static at ${n} findings (time until rendered): ${ratio(w.rendered, s.rendered)} (${ms(w.rendered)} ms vs ${ms(s.rendered)} ms)`);
}
if (row(1000, 'widgets')) {
  const all = rows.filter((r) => r.n === 1000);
  const worst = all.reduce((a, b) => (b.longest > a.longest ? b : a));
  check(
    worst.longest <= TARGETS.longestTask1000,
    `no task over ${TARGETS.longestTask1000} ms at 1000 findings: longest (median of runs) ${ms(worst.longest)} ms (${LABEL[worst.variant]}; worst single run ${ms(Math.max(...all.map((r) => r.longestMax)))} ms)`,
  );
} else {
  notMeasured(`no task over ${TARGETS.longestTask1000} ms at 1000 findings`, RUN_FINDINGS ? '--sizes' : '--only summary');
}

console.log();
console.log('Targets:');
for (const v of verdicts) console.log(v);

if (RUN_FINDINGS) {
  // Where the widgets' main-thread time goes, per size, in the run with the median longest
  // task: its three longest tasks before rendered, each split by kind (from the trace).
  console.log();
  console.log('Where the widgets spend the main thread (the run with the median longest task; its three longest tasks):');
  for (const n of SIZES) {
    const mid = medianSample(
      samples.filter((s) => s.variant === 'widgets' && s.n === n),
      (s) => s.longest,
    );
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
}
console.log();
console.log(`Done in ${elapsed()}. Command: npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`);
