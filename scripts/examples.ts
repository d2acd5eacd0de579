/**
 * npm run examples [-- [--no-build] [name...]]
 *
 * Builds the library (unless --no-build), packs it (`npm pack`) to examples/.pack/evidence-guidance.tgz,
 * then for each example in examples/ (or only those named): installs it (its package.json points
 * at that tarball), makes a production build, serves it on a free loopback port and opens it in
 * Debian's Chromium (puppeteer-core), checking that
 *   - eg-key-findings and eg-implications rendered (their shadow roots have content),
 *   - the govuk theme applied (the shadow content's computed font-family is the theme's Arial),
 *   - choosing an audience in eg-implications reaches the framework's own handler, which writes
 *     it into #chosen-audience,
 *   - the console has no error and no hydration warning, and no page error was thrown.
 * For Next.js it also runs `next dev` and checks the same there (React reports hydration
 * mismatches only in development). Prints PASS/FAIL per example; exits 1 on any FAIL.
 * Not part of `npm test`. Builds and browser runs hold /tmp/eg-heavy.lock (flock), one at a time.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

const root = resolve(import.meta.dirname, '..');
const examplesDir = join(root, 'examples');
const packDir = join(examplesDir, '.pack');
const LOCK = '/tmp/eg-heavy.lock';
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CHROME_ARGS = ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

interface Example {
  name: string;
  /** Production build command (none: the page is served as it is). */
  build?: string[];
  /** A folder (relative to the example) to serve statically, or a server command given its port. */
  serve: { dir: string } | { cmd: (port: number) => string[] };
  /** Also check a dev server (Next.js: hydration warnings show only in development). */
  dev?: (port: number) => string[];
}

const EXAMPLES: Example[] = [
  { name: 'react-vite', build: ['npm', 'run', 'build'], serve: { dir: 'dist' } },
  {
    name: 'nextjs',
    build: ['npx', 'next', 'build'],
    serve: { cmd: (port) => ['npx', 'next', 'start', '-p', String(port), '-H', '127.0.0.1'] },
    dev: (port) => ['npx', 'next', 'dev', '-p', String(port), '-H', '127.0.0.1'],
  },
  { name: 'cdn', serve: { dir: '.' } },
  { name: 'vue-vite', build: ['npm', 'run', 'build'], serve: { dir: 'dist' } },
  { name: 'svelte-vite', build: ['npm', 'run', 'build'], serve: { dir: 'dist' } },
  { name: 'astro', build: ['npm', 'run', 'build'], serve: { dir: 'dist' } },
  { name: 'angular', build: ['npm', 'run', 'build'], serve: { dir: 'dist/browser' } },
];

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ASTRO_TELEMETRY_DISABLED: '1', NG_CLI_ANALYTICS: 'false', CI: '1' };

/** Runs a command to completion; rejects with its output's tail when it fails. */
function run(cmd: string[], cwd: string, label = cmd.join(' ')): Promise<void> {
  return new Promise((ok, fail) => {
    const child = spawn(cmd[0]!, cmd.slice(1), { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? ok() : fail(new Error(`${label} exited ${code}:\n${out.slice(-3000)}`))));
  });
}

/** Holds the shared heavy-work lock (flock) while fn runs; without flock, just runs fn. */
async function withLock<T>(fn: () => Promise<T>): Promise<T> {
  if (process.env.EG_EXAMPLES_NO_LOCK || !existsSync('/usr/bin/flock')) return fn();
  const holder = spawn('flock', [LOCK, 'sh', '-c', 'echo locked; read _'], { stdio: ['pipe', 'pipe', 'inherit'] });
  await new Promise<void>((ok, fail) => {
    holder.stdout.on('data', (d) => String(d).includes('locked') && ok());
    holder.on('error', fail);
    holder.on('close', (code) => fail(new Error(`flock exited ${code}`)));
  });
  try {
    return await fn();
  } finally {
    holder.stdin.end();
  }
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  await new Promise((ok) => server.close(ok));
  return port;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.map': 'application/json',
};

/** A static file server for a build folder; unknown paths get index.html (single-page apps). */
async function serveStatic(dir: string): Promise<{ server: Server; port: number }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir + sep) && file !== dir) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      if (extname(path)) return void res.writeHead(404).end();
      file = join(dir, 'index.html');
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return { server, port: (server.address() as AddressInfo).port };
}

/** Starts a server command in its own process group and waits until `url` answers. */
async function startServer(cmd: string[], cwd: string, url: string, timeoutMs: number): Promise<ChildProcess> {
  const child = spawn(cmd[0]!, cmd.slice(1), { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${cmd.join(' ')} exited ${child.exitCode}:\n${out.slice(-2000)}`);
    try {
      const res = await fetch(url);
      if (res.status < 500) return child;
    } catch {
      /* not up yet */
    }
    await new Promise((ok) => setTimeout(ok, 300));
  }
  stopServer(child);
  throw new Error(`${cmd.join(' ')} did not answer at ${url} within ${timeoutMs} ms:\n${out.slice(-2000)}`);
}

function stopServer(child: ChildProcess): void {
  if (child.pid && child.exitCode === null) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  }
}

/** Opens the page and returns every problem found (empty: it passed). */
async function checkPage(browser: Browser, url: string, timeoutMs: number, slowContent = false): Promise<string[]> {
  const problems: string[] = [];
  const page = await browser.newPage();
  if (slowContent) {
    // A slow network for the summary's content chunk only, so the widgets are still loading when
    // the framework hydrates (otherwise whether a mismatch shows depends on which comes first).
    await page.setRequestInterception(true);
    page.on('request', (req) => {
      if (/generated[_/]early-years-integration/.test(req.url())) setTimeout(() => void req.continue().catch(() => {}), 3000);
      else void req.continue().catch(() => {});
    });
  }
  page.on('console', (m) => {
    const text = m.text();
    // The browser asks for /favicon.ico by itself; the examples have none, and that is not the page's error.
    if (m.location().url?.endsWith('/favicon.ico')) return;
    if (m.type() === 'error') problems.push(`console error: ${text}`);
    else if (/hydrat/i.test(text)) problems.push(`hydration ${m.type()}: ${text}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e instanceof Error ? e.message : String(e)}`));
  try {
    await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
    // Rendered: each widget's shadow root holds its content (headings and text), not a loading state.
    for (const tag of ['eg-key-findings', 'eg-implications']) {
      try {
        await page.waitForFunction(
          (t) => {
            const root = document.querySelector(t)?.shadowRoot;
            return !!root && !!root.querySelector('h2, h3') && (root.textContent ?? '').trim().length > 200;
          },
          { timeout: timeoutMs },
          tag,
        );
      } catch {
        problems.push(`<${tag}> did not render its content`);
        continue;
      }
      // Theme: the govuk theme sets --eg-font-family to Arial; the default theme uses system-ui. The
      // theme loads on demand, so the widget may render before it applies: wait for it.
      const fontOf = (t: string) => getComputedStyle(document.querySelector(t)!.shadowRoot!.querySelector('h2, h3')!).fontFamily;
      const themed = await page.waitForFunction((t) => /^arial\b/i.test(getComputedStyle(document.querySelector(t)!.shadowRoot!.querySelector('h2, h3')!).fontFamily), { timeout: timeoutMs }, tag).then(
        () => true,
        () => false,
      );
      if (!themed) problems.push(`<${tag}> is not in the govuk theme (font-family: ${await page.evaluate(fontOf, tag)})`);
    }
    // The audience switch: the framework's handler writes the choice into #chosen-audience.
    const before = await page.$eval('#chosen-audience', (e) => e.textContent?.trim());
    if (before !== 'none') problems.push(`#chosen-audience starts as "${before}", not "none"`);
    const radio = await page.evaluateHandle(() =>
      document.querySelector('eg-implications')?.shadowRoot?.querySelector('input[type="radio"][value="local"]'),
    );
    const el = radio.asElement();
    if (!el) problems.push('<eg-implications> has no "local" audience radio button');
    else {
      await (el as import('puppeteer-core').ElementHandle<HTMLInputElement>).click();
      try {
        await page.waitForFunction(() => document.getElementById('chosen-audience')?.textContent?.trim() === 'local', { timeout: 5000 });
      } catch {
        const after = await page.$eval('#chosen-audience', (e) => e.textContent?.trim());
        problems.push(`choosing "local" did not reach the framework's handler (#chosen-audience: "${after}")`);
      }
    }
    // Late console errors (a hydration error can come after the first paint).
    await new Promise((ok) => setTimeout(ok, 500));
  } catch (e) {
    problems.push(`page: ${e instanceof Error ? e.message : String(e)}`);
  } finally {
    await page.close();
  }
  return problems;
}

async function withBrowser<T>(fn: (b: Browser) => Promise<T>): Promise<T> {
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: CHROME_ARGS });
  try {
    return await fn(browser);
  } finally {
    await browser.close();
  }
}

/** Serves the example (production build or dev server), checks it, and stops the server. */
async function serveAndCheck(ex: Example, dir: string, dev: boolean): Promise<string[]> {
  if (dev || 'cmd' in ex.serve) {
    const port = await freePort();
    const cmd = dev ? ex.dev!(port) : (ex.serve as { cmd: (p: number) => string[] }).cmd(port);
    const url = `http://127.0.0.1:${port}/`;
    const child = await startServer(cmd, dir, url, dev ? 120_000 : 60_000);
    try {
      return await withBrowser((b) => checkPage(b, url, dev ? 90_000 : 20_000, dev));
    } finally {
      stopServer(child);
    }
  }
  const { server, port } = await serveStatic(join(dir, ex.serve.dir));
  try {
    return await withBrowser((b) => checkPage(b, `http://127.0.0.1:${port}/`, 20_000));
  } finally {
    server.close();
  }
}

async function pack(): Promise<void> {
  await rm(packDir, { recursive: true, force: true });
  await mkdir(packDir, { recursive: true });
  await run(['npm', 'pack', '--pack-destination', packDir], root);
  const [file] = (await readdir(packDir)).filter((f) => f.endsWith('.tgz'));
  if (!file) throw new Error('npm pack wrote no tarball');
  await rename(join(packDir, file), join(packDir, 'evidence-guidance.tgz'));
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const names = args.filter((a) => !a.startsWith('--'));
  const unknown = names.filter((n) => !EXAMPLES.some((e) => e.name === n));
  if (unknown.length) throw new Error(`unknown example(s): ${unknown.join(', ')} (known: ${EXAMPLES.map((e) => e.name).join(', ')})`);
  const chosen = names.length ? EXAMPLES.filter((e) => names.includes(e.name)) : EXAMPLES;
  const started = Date.now();
  if (!args.includes('--no-build')) {
    console.log('Building the library (npm run build)...');
    await withLock(() => run(['npm', 'run', 'build'], root));
  } else if (!existsSync(join(root, 'dist', 'react', 'index.js'))) {
    await run(['npm', 'run', 'build:react'], root); // --no-build on a dist built without it (npm run build:dist)
  }
  await pack();
  console.log(`Packed examples/.pack/evidence-guidance.tgz (${Math.round((Date.now() - started) / 1000)} s)`);
  const results: { name: string; ok: boolean; seconds: number; problems: string[] }[] = [];
  for (const ex of chosen) {
    const dir = join(examplesDir, ex.name);
    const t0 = Date.now();
    const record = (name: string, problems: string[]) => {
      const seconds = Math.round((Date.now() - t0) / 1000);
      results.push({ name, ok: problems.length === 0, seconds, problems });
      console.log(`${problems.length ? 'FAIL' : 'PASS'} ${name} (${seconds} s)`);
      for (const p of problems) console.log(`     ${p.split('\n').join('\n     ')}`);
    };
    try {
      // The tarball's name does not change between runs: drop the installed copy so npm takes the new one.
      await rm(join(dir, 'node_modules', 'evidence-guidance'), { recursive: true, force: true });
      await run(['npm', 'install', '--no-audit', '--no-fund', '--prefer-offline', '--no-package-lock'], dir, `npm install (${ex.name})`);
      if (ex.build) await withLock(() => run(ex.build!, dir, `${ex.build!.join(' ')} (${ex.name})`));
      record(ex.name, await withLock(() => serveAndCheck(ex, dir, false)));
      if (ex.dev) {
        const t1 = Date.now();
        const problems = await withLock(() => serveAndCheck(ex, dir, true));
        const seconds = Math.round((Date.now() - t1) / 1000);
        results.push({ name: `${ex.name} (dev)`, ok: problems.length === 0, seconds, problems });
        console.log(`${problems.length ? 'FAIL' : 'PASS'} ${ex.name} (dev) (${seconds} s)`);
        for (const p of problems) console.log(`     ${p.split('\n').join('\n     ')}`);
      }
    } catch (e) {
      record(ex.name, [e instanceof Error ? e.message : String(e)]);
    }
  }
  const failed = results.filter((r) => !r.ok);
  console.log(`\n${results.length - failed.length} passed, ${failed.length} failed, in ${Math.round((Date.now() - started) / 1000)} s`);
  for (const r of results) console.log(`  ${r.ok ? 'PASS' : 'FAIL'}  ${r.name}`);
  return failed.length ? 1 : 0;
}

main().then((code) => process.exit(code), (err) => { console.error(err); process.exit(1); });
