/**
 * Writes docs/screenshot.png, the README's picture of real widgets, from the real build, so
 * the picture stays true: a small page with the CDN bundle (`cdn/`, from `npm run build`)
 * showing `<eg-key-findings>` and a lone `<eg-finding>` in the govuk theme, rendered in
 * Debian's Chromium (`/usr/bin/chromium`, or CHROME_PATH) through puppeteer-core.
 *
 *   npm run build && npm run screenshot
 *
 * The page is served on a free loopback port (module scripts do not run from file://).
 * Fails if a widget shows an error or the console reports one.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';

const root = resolve(import.meta.dirname, '..');
const cdn = join(root, 'cdn');
const out = join(root, 'docs', 'screenshot.png');

if (!existsSync(join(cdn, 'evidence-guidance.js'))) {
  console.error('cdn/evidence-guidance.js is missing: run `npm run build` first.');
  process.exit(1);
}

/** The page: what a council page would hold, two widgets side by side. */
const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>evidence-guidance</title>
  <script type="module" src="/cdn/evidence-guidance.js"></script>
  <style>
    body { margin: 0; padding: 24px 32px; background: #fff; font-family: arial, sans-serif; }
    main { display: grid; grid-template-columns: 3fr 2fr; gap: 40px; align-items: start; }
    /* The list is long: the picture shows its start, fading out where the lone finding ends. */
    .list.cut { overflow: hidden; mask-image: linear-gradient(to bottom, #000 80%, transparent); }
  </style>
</head>
<body>
  <main>
    <div class="list"><eg-key-findings summary="early-years-integration" theme="govuk" min-level="strong" heading-level="2"></eg-key-findings></div>
    <eg-finding summary="early-years-integration" finding="combined-approaches" theme="govuk" heading-level="2"></eg-finding>
  </main>
</body>
</html>`;

const TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json' };

const server = createServer(async (req, res) => {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  if (path === '/favicon.ico') {
    res.writeHead(204).end();
    return;
  }
  if (path === '/') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    return;
  }
  const file = normalize(join(root, path));
  if (!path.startsWith('/cdn/') || !file.startsWith(cdn)) {
    res.writeHead(404).end();
    return;
  }
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

// The flags of /work/shared/TOOLCHAIN.md (Debian's Chromium, run as root in CI).
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--hide-scrollbars'],
});
const errors: string[] = [];
try {
  const page = await browser.newPage();
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
  await page.setViewport({ width: 1200, height: 800, deviceScaleFactor: 1 });
  await page.goto(origin, { waitUntil: 'networkidle0' });
  // Plain JavaScript (tsx would add helpers to a function passed to the page): each widget, and
  // each widget inside one, with whether it has rendered its content (no loading message left).
  const states = `(() => {
    const all = (node) => [...node.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? [el, ...all(el.shadowRoot)] : [el]));
    return all(document)
      .filter((el) => el.localName.startsWith('eg-'))
      .map((el) => ({ tag: el.localName, done: Boolean(el.shadowRoot?.hasChildNodes() && !el.shadowRoot.querySelector('.loading') && !el.matches(':state(loading)')) }));
  })()`;
  try {
    await page.waitForFunction(`${states}.every((w) => w.done)`, { timeout: 15_000 });
  } catch (error) {
    throw new Error(`the widgets did not render within 15 s: ${JSON.stringify(await page.evaluate(states))}; console: ${errors.join(' | ')}`, { cause: error });
  }
  await page.evaluate(() => document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))));
  // Cut the list a little below the end of the lone finding beside it.
  await page.evaluate(() => {
    const list = document.querySelector<HTMLElement>('.list')!;
    const finding = document.querySelector('eg-finding')!;
    list.style.maxHeight = `${finding.getBoundingClientRect().height + 160}px`;
    list.classList.add('cut');
  });
  const problems = await page.evaluate(() =>
    [...document.querySelectorAll('main eg-key-findings, main eg-finding')].flatMap((el) => [...(el.shadowRoot?.querySelectorAll('[part~="problem"], .problem') ?? [])].map((p) => p.textContent?.trim() ?? '')),
  );
  if (problems.length) throw new Error(`a widget shows a problem: ${problems.join(' | ')}`);
  if (errors.length) throw new Error(`console errors: ${errors.join(' | ')}`);
  const height = await page.evaluate(() => Math.ceil(document.documentElement.scrollHeight));
  await page.setViewport({ width: 1200, height, deviceScaleFactor: 1 });
  mkdirSync(join(root, 'docs'), { recursive: true });
  await page.screenshot({ path: out, fullPage: true });
  console.log(`wrote ${out.slice(root.length + 1)} (1200 × ${height})`);
} finally {
  await browser.close();
  server.close();
}
