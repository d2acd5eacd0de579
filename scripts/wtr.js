// `npm run test:browser`: runs @web/test-runner in Chromium, Firefox ESR and WebKitGTK.
//
// WebKit needs a WebDriver server and an X display. When Debian's `webkit2gtk-driver`,
// `xvfb` and `xauth` are installed, this starts `WebKitWebDriver` under `xvfb-run -a` on
// a free port, hands its URL to web-test-runner.config.js (EG_WEBKIT_WEBDRIVER), runs
// wtr with any arguments given, and stops the driver and its X server afterwards, also
// when the run fails or is interrupted. Without those packages it runs Chromium and
// Firefox and says that WebKit was skipped; under CI (CI=true) that is an error.
//
//   npm run test:browser                                  all three engines
//   EG_BROWSERS=webkit npm run test:browser -- --files test/finding.test.ts
//   EG_WEBKIT_WEBDRIVER=http://127.0.0.1:4444 npx wtr     your own driver, no wrapper
import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { delimiter, dirname, join } from 'node:path';

const MINIBROWSER = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const APT_PACKAGES = 'webkit2gtk-driver xvfb xauth';
const inCI = Boolean(process.env.CI) && !/^(0|false)$/i.test(process.env.CI);
const only = process.env.EG_BROWSERS?.split(',').map((n) => n.trim().toLowerCase());
const wantWebKit = !only || only.includes('webkit');

// wtr's own entry point (its package.json is not exported, so find it from the main file).
const require = createRequire(import.meta.url);
let wtrRoot = dirname(require.resolve('@web/test-runner'));
while (!existsSync(join(wtrRoot, 'package.json')) && dirname(wtrRoot) !== wtrRoot) wtrRoot = dirname(wtrRoot);
const wtrBin = join(wtrRoot, JSON.parse(readFileSync(join(wtrRoot, 'package.json'), 'utf8')).bin.wtr);

/** The command's path on PATH, or undefined. */
function which(command) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    try {
      accessSync(join(dir, command), constants.X_OK);
      return join(dir, command);
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** A TCP port that was free a moment ago (someone else may hold 4444). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The driver: xvfb-run in its own process group, so that everything it starts can be stopped. */
let driver;
let driverLog = '';

async function startDriver() {
  const port = await freePort();
  driver = spawn('xvfb-run', ['-a', '-s', '-screen 0 1280x1024x24', 'WebKitWebDriver', `--port=${port}`], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise((resolve) => driver.once('exit', (code, signal) => resolve(signal ?? code)));
  driver.exited = exited;
  for (const stream of [driver.stdout, driver.stderr]) stream.on('data', (d) => (driverLog = (driverLog + d).slice(-8000)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const status = await Promise.race([exited.then((s) => ({ exited: s })), fetch(`${url}/status`).then((r) => (r.ok ? { ready: true } : {}), () => ({})) ]);
    if (status.ready) return url;
    if ('exited' in status) throw new Error(`WebKitWebDriver exited (${status.exited}) before it was ready:\n${driverLog}`);
    await sleep(200);
  }
  throw new Error(`WebKitWebDriver did not answer at ${url}/status within 30 s:\n${driverLog}`);
}

/** Ids of the processes named `name` whose parent is `pid` (from /proc). */
function childrenOf(pid, name) {
  const ids = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // "pid (comm) state ppid ...": comm may hold spaces, so split at the last ')'.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid && comm === name) ids.push(Number(entry));
    } catch {
      // gone already
    }
  }
  return ids;
}

function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Stops the driver: SIGTERM to WebKitWebDriver lets xvfb-run stop its Xvfb and remove its
 * temporary files; anything of ours still running after that gets SIGTERM, then SIGKILL.
 * Only this script's own process group is touched.
 */
async function stopDriver() {
  if (!driver || driver.stopped) return;
  driver.stopped = true;
  const pgid = driver.pid;
  if (driver.exitCode === null && driver.signalCode === null) {
    for (const pid of childrenOf(pgid, 'WebKitWebDriver')) {
      try {
        process.kill(pid, 'SIGTERM');
      } catch {
        // gone already
      }
    }
    await Promise.race([driver.exited, sleep(5000)]);
  }
  for (const signal of ['SIGTERM', 'SIGKILL']) {
    if (!groupAlive(pgid)) return;
    try {
      process.kill(-pgid, signal);
    } catch {
      return;
    }
    for (let i = 0; i < 20 && groupAlive(pgid); i++) await sleep(100);
  }
}

// Last resort if this process exits some other way: synchronous, so no waiting.
process.on('exit', () => {
  if (driver && !driver.stopped && groupAlive(driver.pid)) {
    try {
      process.kill(-driver.pid, 'SIGKILL');
    } catch {
      // gone already
    }
  }
});

const SIGNAL_NUMBERS = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };
let runner;
let interrupted;
for (const signal of Object.keys(SIGNAL_NUMBERS)) {
  process.on(signal, () => {
    interrupted = signal;
    // wtr stops its browsers and exits; the driver is stopped after it, below.
    if (runner && runner.exitCode === null && runner.signalCode === null) runner.kill(signal);
    else void stopDriver().then(() => process.exit(128 + SIGNAL_NUMBERS[signal]));
  });
}

const env = { ...process.env };
let webKitSkipped;
if (wantWebKit && !env.EG_WEBKIT_WEBDRIVER) {
  const missing = [
    ...['WebKitWebDriver', 'xvfb-run', 'xauth'].filter((c) => !which(c)),
    ...(executable(MINIBROWSER) ? [] : [MINIBROWSER]),
  ];
  if (missing.length === 0) {
    try {
      env.EG_WEBKIT_WEBDRIVER = await startDriver();
      console.log(`WebKit: WebKitWebDriver at ${env.EG_WEBKIT_WEBDRIVER} under xvfb-run, with ${MINIBROWSER}`);
    } catch (error) {
      await stopDriver();
      console.error(String(error.message ?? error));
      process.exit(1);
    }
  } else {
    const message = `WebKit: SKIPPED, not installed (missing ${missing.join(', ')}). Install with: sudo apt-get install -y ${APT_PACKAGES}`;
    if (inCI || only?.includes('webkit')) {
      console.error(`${message}\nThe tests must run in WebKit ${inCI ? 'in CI' : 'when EG_BROWSERS names it'}; failing.`);
      process.exit(1);
    }
    webKitSkipped = `\n*** ${message} ***\n*** Ran Chromium and Firefox only. ***\n`;
    console.warn(webKitSkipped.replace('Ran', 'Running'));
  }
}

runner = spawn(process.execPath, [wtrBin, ...process.argv.slice(2)], { stdio: 'inherit', env });
const [code, signal] = await new Promise((resolve) => runner.once('exit', (c, s) => resolve([c, s])));
await stopDriver();
if (webKitSkipped) console.warn(webKitSkipped); // again, where it cannot scroll out of sight
const stoppedBy = interrupted ?? signal;
process.exit(stoppedBy ? 128 + (SIGNAL_NUMBERS[stoppedBy] ?? 15) : (code ?? 1));
