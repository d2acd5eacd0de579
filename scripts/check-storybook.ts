/**
 * Kept as a script (December 2026), after trying Storybook's own tools:
 * - @storybook/test-runner 0.24.5 (Node >= 20) runs on Debian's Chromium with no download
 *   (jest-playwright `launchOptions.executablePath: '/usr/bin/chromium'`): 164 stories of this
 *   static build passed in 38 s on 2 workers. But it adds 510 packages (jest 30, babel, swc, nyc,
 *   playwright) and three install scripts `npm ci` would warn about (@swc/core, @parcel/watcher,
 *   esbuild), it does not open docs pages (MDX) or check the index, and it sees a story's thrown
 *   errors, not a widget's problem message, so hooks would have to repeat what is below.
 * - @storybook/addon-vitest (vitest 4.1 browser mode, Playwright; not run here) renders stories
 *   from the sources, not this static build, and with Debian's browsers in Chromium only
 *   (Playwright cannot drive Firefox ESR or WebKitGTK): test/stories.test.ts already renders every
 *   story in all three engines with axe. Not adopted: a second browser test runner, no new check.
 * This script's own job, the built Storybook's index and docs pages, no tool does (31.6 s here).
 *
 * Checks the static Storybook (run after `npm run build-storybook`):
 *
 * 1. `storybook-static/index.json` has a story file for every widget tag in
 *    `custom-elements.json`, and every docs page in `.storybook/docs-pages.ts`;
 * 2. in headless Chromium, one story of each widget (its Default) renders: the widget's
 *    shadow root has content, no widget shows a problem (unless the story is tagged
 *    `error-state`), the page throws no error and requests nothing from another origin;
 * 3. each widget's autodocs page and each docs page render with no page error (and the docs
 *    pages' live widgets show no problem).
 *
 * The folder is served by node:http on a loopback port; Chromium is Debian's, driven by
 * puppeteer-core. `--all` opens every story instead of one per widget.
 *
 *   tsx scripts/check-storybook.ts [--all]
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { DOCS_PAGES } from '../.storybook/docs-pages.js';

const root = resolve(import.meta.dirname, '..');
const staticDir = join(root, 'storybook-static');
// The story tags declared in stories/story-states.ts (not imported: that module registers summaries).
const ERROR_STATE = 'error-state';
const LOADING_STATE = 'loading-state';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
  // The `src` stories' summary files: a widget accepts only text/markdown or text/plain.
  '.md': 'text/markdown; charset=utf-8',
};

interface IndexEntry {
  id: string;
  title: string;
  name: string;
  importPath: string;
  type: 'story' | 'docs';
  tags?: string[];
}

const failures: string[] = [];
const fail = (message: string) => {
  failures.push(message);
  console.error(`  FAIL ${message}`);
};

/** Serves `dir` on a free loopback port. */
async function serve(dir: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dir, path);
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(() => ok())) };
}

/** The widget tags in custom-elements.json. */
async function widgetTags(): Promise<string[]> {
  const manifest = JSON.parse(await readFile(join(root, 'custom-elements.json'), 'utf8')) as {
    modules: Array<{ declarations?: Array<{ tagName?: string }> }>;
  };
  return manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : [])).sort();
}

/** The tag a story file is for, by the convention `stories/<name>.stories.ts` is for `<eg-name>`. */
function tagOf(entry: IndexEntry): string | undefined {
  const m = /(?:^|\/)stories\/([\w-]+)\.stories\.ts$/.exec(entry.importPath);
  return m ? `eg-${m[1]}` : undefined;
}

interface StoryReport {
  rendered: string[];
  empty: string[];
  busy: string[];
  problems: string[];
}

/**
 * Runs in the page (installed before Storybook's own scripts). Plain JavaScript in a string:
 * tsx would otherwise add its `__name` helper to functions passed to the browser.
 */
const IN_PAGE = `window.__egCheck = (() => {
  const composed = (selector = '#storybook-root') => {
    const all = [];
    const walk = (n) => {
      for (const el of n.querySelectorAll('*')) {
        all.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    const root = document.querySelector(selector);
    if (root) walk(root);
    return all;
  };
  const widgets = (selector) => composed(selector).filter((el) => el.localName.startsWith('eg-'));
  const text = (n) => (n.textContent || '').replace(/\\s+/g, ' ').trim();
  // Loading is the widget's custom state (:state(loading)), not an attribute of its host.
  const busy = (w) => w.matches(':state(loading)');
  return {
    ready(tag, loading, selector) {
      const ws = widgets(selector);
      if ((tag && !ws.some((w) => w.localName === tag)) || ws.some((w) => !w.shadowRoot)) return false;
      return loading || !ws.some(busy);
    },
    report(selector) {
      const ws = widgets(selector);
      const hasContent = (w) => !!w.shadowRoot.querySelector('*:not(style)') || text(w.shadowRoot) !== '';
      return {
        rendered: ws.map((w) => w.localName),
        empty: ws.filter((w) => !hasContent(w)).map((w) => w.localName),
        busy: ws.filter(busy).map((w) => w.localName),
        problems: ws.flatMap((w) => [...w.shadowRoot.querySelectorAll('.problem')].map((p) => '<' + w.localName + '>: ' + text(p))),
      };
    },
  };
})();`;

/**
 * Opens a story in Storybook's preview iframe and waits until the widget `tag` has rendered and
 * no widget (at any depth) is still loading; then reports what it found.
 */
async function openStory(page: Page, origin: string, entry: IndexEntry, tag: string, loading: boolean): Promise<StoryReport> {
  await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=story`, { waitUntil: 'load' });
  await page.waitForFunction(`window.__egCheck.ready(${JSON.stringify(tag)}, ${loading})`, { timeout: 15000, polling: 50 });
  // Give a just-updated widget two more frames (a theme notice is added after its render).
  await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
  return (await page.evaluate('window.__egCheck.report()')) as StoryReport;
}

/** Opens a docs page and waits for its content and any widgets on it; returns its h1 and what the widgets show. */
async function openDocs(page: Page, origin: string, entry: IndexEntry, allowBusy = false): Promise<{ h1: string; report: StoryReport }> {
  await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=docs`, { waitUntil: 'load' });
  await page.waitForSelector('.sbdocs-content h1', { timeout: 15000 });
  await page.waitForFunction(`window.__egCheck.ready('', ${allowBusy}, '.sbdocs-content')`, { timeout: 15000, polling: 50 });
  // Live tables fill in after content loads: let them settle.
  await page.evaluate('new Promise((r) => setTimeout(r, 300))');
  const h1 = (await page.evaluate(`document.querySelector('.sbdocs-content h1').textContent.trim()`)) as string;
  return { h1, report: (await page.evaluate(`window.__egCheck.report('.sbdocs-content')`)) as StoryReport };
}

async function main(): Promise<number> {
  const started = performance.now();
  const all = process.argv.includes('--all');
  const index = JSON.parse(await readFile(join(staticDir, 'index.json'), 'utf8').catch(() => {
    throw new Error('storybook-static/index.json is missing: run `npm run build-storybook` first.');
  })) as { entries: Record<string, IndexEntry> };
  const entries = Object.values(index.entries);
  const stories = entries.filter((e) => e.type === 'story');

  console.log('Storybook index');
  const tags = await widgetTags();
  const byTag = new Map<string, IndexEntry[]>();
  for (const s of stories) {
    const tag = tagOf(s);
    if (tag) byTag.set(tag, [...(byTag.get(tag) ?? []), s]);
  }
  for (const tag of tags) {
    const list = byTag.get(tag) ?? [];
    if (list.length === 0) fail(`no stories for <${tag}> (expected stories/${tag.slice(3)}.stories.ts)`);
    else console.log(`  ok   <${tag}>: ${list.length} stories`);
  }
  for (const title of DOCS_PAGES) {
    const page = entries.find((e) => e.type === 'docs' && e.title === title);
    if (!page) fail(`no docs page "${title}"`);
    else console.log(`  ok   ${title}`);
  }

  const server = await serve(staticDir);
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
    const page = await browser.newPage();
    await page.evaluateOnNewDocument(IN_PAGE);
    const pageErrors: string[] = [];
    const foreign: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error instanceof Error ? error.message : String(error)));
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(server.origin) && !/^(data|blob|about):/.test(url)) foreign.push(url);
    });
    const drain = (label: string) => {
      for (const e of pageErrors.splice(0)) fail(`${label}: page error: ${e}`);
      for (const u of foreign.splice(0)) fail(`${label}: request to another origin: ${u}`);
    };

    console.log(all ? 'Every story, in Chromium' : 'One story of each widget, in Chromium');
    for (const tag of tags) {
      const list = byTag.get(tag) ?? [];
      const chosen = all ? list : list.filter((s) => s.id.endsWith('--default')).slice(0, 1);
      if (!all && chosen.length === 0 && list.length > 0) fail(`<${tag}> has no Default story`);
      for (const story of chosen) {
        const label = `${story.id}`;
        const isError = !!story.tags?.includes(ERROR_STATE);
        const isLoading = !!story.tags?.includes(LOADING_STATE);
        const t0 = performance.now();
        try {
          const report = await openStory(page, server.origin, story, tag, isLoading);
          if (report.empty.length) fail(`${label}: empty shadow root in ${report.empty.join(', ')}`);
          if (isLoading && !report.busy.includes(tag)) fail(`${label}: a loading story, but <${tag}> is not loading (:state(loading))`);
          if (isError && report.problems.length === 0) fail(`${label}: an error story, but no widget shows a problem`);
          if (!isError && report.problems.length) fail(`${label}: ${report.problems.join('; ')}`);
          drain(label);
          console.log(`  ok   ${label} (${report.rendered.length} widgets, ${Math.round(performance.now() - t0)} ms)`);
        } catch (error) {
          drain(label);
          fail(`${label}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
        }
      }
    }

    console.log("Each widget's autodocs page, in Chromium");
    for (const tag of tags) {
      const first = byTag.get(tag)?.[0];
      const docs = first && entries.find((e) => e.type === 'docs' && e.title === first.title);
      if (!first) continue;
      if (!docs) {
        fail(`<${tag}> has no autodocs page (tags: ['autodocs'] in its story file)`);
        continue;
      }
      const t0 = performance.now();
      try {
        // Every story of the widget is on this page, error states included: only render and page errors count here.
        const { h1, report } = await openDocs(page, server.origin, docs, true);
        if (report.empty.length) fail(`${docs.id}: empty shadow root in ${report.empty.join(', ')}`);
        drain(docs.id);
        console.log(`  ok   ${docs.id}: "${h1}", ${report.rendered.length} widgets (${Math.round(performance.now() - t0)} ms)`);
      } catch (error) {
        drain(docs.id);
        fail(`${docs.id}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      }
    }

    console.log('Docs pages, in Chromium');
    for (const title of DOCS_PAGES) {
      const entry = entries.find((e) => e.type === 'docs' && e.title === title);
      if (!entry) continue;
      const t0 = performance.now();
      try {
        const { h1, report } = await openDocs(page, server.origin, entry);
        if (report.empty.length) fail(`${entry.id}: empty shadow root in ${report.empty.join(', ')}`);
        // Docs pages show widgets at their best: no problem messages (error states live in the stories).
        if (report.problems.length) fail(`${entry.id}: ${report.problems.join('; ')}`);
        drain(entry.id);
        console.log(`  ok   ${entry.id}: "${h1}", ${report.rendered.length} widgets (${Math.round(performance.now() - t0)} ms)`);
      } catch (error) {
        drain(entry.id);
        fail(`${entry.id}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      }
    }
  } finally {
    await browser?.close();
    await server.close();
  }

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (failures.length) {
    console.error(`\n${failures.length} Storybook check(s) failed (${seconds} s).`);
    return 1;
  }
  console.log(`\nStorybook checks passed (${seconds} s).`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
