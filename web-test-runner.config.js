// @web/test-runner: the widget tests, in Debian's Chromium, Firefox ESR and WebKitGTK.
// Browsers come from apt (see CONTRIBUTING.md); nothing here downloads one.
// WebKit runs only when a WebKitWebDriver is listening at EG_WEBKIT_WEBDRIVER (a URL):
// `npm run test:browser` (scripts/wtr.js) starts one under Xvfb and sets it.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { sourceFaults } from './test/wtr/source-faults.js';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { existsSync } from 'node:fs';

const chromiumArgs = [
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

const chromium = chromeLauncher({
  launchOptions: { executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: chromiumArgs },
});
const firefox = chromeLauncher({
  launchOptions: { browser: 'firefox', executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', headless: true },
});
firefox.name = 'Firefox'; // otherwise it reports itself as Chrome

/** WebKitGTK's MiniBrowser through WebKitWebDriver (WebDriver classic), or undefined when no driver is set. */
function webkitLauncher(driverUrl) {
  if (!driverUrl) return undefined;
  const url = new URL(driverUrl);
  const launcher = webdriverLauncher({
    hostname: url.hostname,
    port: Number(url.port),
    path: url.pathname,
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': {
        binary: process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
        args: ['--automation'],
      },
    },
  });
  // The launcher names itself after browserName ('MiniBrowser'); report it as the engine.
  const initialize = launcher.initialize.bind(launcher);
  launcher.initialize = async (config) => {
    await initialize(config);
    launcher.name = 'WebKit';
  };
  launcher.name = 'WebKit';
  return launcher;
}
const webkit = webkitLauncher(process.env.EG_WEBKIT_WEBDRIVER);

/**
 * `eg-emulate-forced-colors` ({ active: boolean }): forced-colours emulation where the
 * driver has it (Chromium through the DevTools protocol). Elsewhere it throws, and the
 * test skips with a printed reason.
 */
const cdpSessions = new Map();

function forcedColorsPlugin() {
  return {
    name: 'eg-emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'eg-emulate-forced-colors') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page || session.browser.name !== 'Chrome') throw new Error(`forced-colors emulation is not available in ${session.browser.name}`);
      // Puppeteer's emulateMediaFeatures does not know forced-colors; the DevTools protocol does.
      let cdp = cdpSessions.get(session.id);
      if (!cdp) cdpSessions.set(session.id, (cdp = await page.createCDPSession()));
      await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }] });
      return true;
    },
  };
}

/**
 * `eg-memory`: the page's JS heap after full collections, and the renderer's DOM counters, through
 * the DevTools protocol, for test/memory.test.ts (the memory suite). `HeapProfiler.collectGarbage`
 * is repeated until the heap stops shrinking (weak references and finalizers can free more on a
 * later pass); then `Runtime.getHeapUsage` (used bytes, exact) and `Memory.getDOMCounters`.
 * Chromium only: elsewhere it answers `{ unavailable: reason }`, and the suite skips with the reason.
 */
function memoryPlugin() {
  return {
    name: 'eg-memory',
    async executeCommand({ command, session }) {
      if (command !== 'eg-memory') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page || session.browser.name !== 'Chrome') return { unavailable: `heap readings are not available in ${session.browser.name}` };
      let cdp = cdpSessions.get(session.id);
      if (!cdp) cdpSessions.set(session.id, (cdp = await page.createCDPSession()));
      let heap = Infinity;
      for (let pass = 0; pass < 10; pass++) {
        await cdp.send('HeapProfiler.collectGarbage');
        const { usedSize } = await cdp.send('Runtime.getHeapUsage');
        if (usedSize >= heap) break;
        heap = usedSize;
      }
      const dom = await cdp.send('Memory.getDOMCounters');
      return { heap, nodes: dom.nodes, listeners: dom.jsEventListeners };
    },
  };
}

/**
 * A module the browser asks for by URL rather than by import (the src runtime's worker,
 * `new URL('./parse-worker.js', import.meta.url)`): serve the `.ts` source for a `.js` name
 * under src/, as the esbuild plugin already does for imports.
 */
function workerModules(ctx, next) {
  const path = ctx.path;
  if (path.startsWith('/src/') && path.endsWith('.js') && !existsSync(`.${path}`) && existsSync(`.${path.slice(0, -3)}.ts`)) {
    ctx.url = ctx.url.replace(/\.js(?=$|\?)/, '.ts');
  }
  return next();
}

// EG_BROWSERS=chrome,firefox,webkit (any subset; 'chromium' works too) limits the run.
const only = process.env.EG_BROWSERS?.split(',').map((n) => n.trim().toLowerCase().replace(/^chromium$/, 'chrome'));
if (only?.includes('webkit') && !webkit) {
  throw new Error('EG_BROWSERS asks for WebKit, but EG_WEBKIT_WEBDRIVER is not set: run `npm run test:browser` (scripts/wtr.js), which starts WebKitWebDriver.');
}
const browsers = [chromium, firefox, webkit].filter((b) => b && (!only || only.some((n) => b.name.toLowerCase().includes(n))));

export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: { exportConditions: ['development'] },
  // /eg-faults/...: summary files served with faults, for test/src.test.ts.
  middleware: [sourceFaults(), workerModules],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), forcedColorsPlugin(), memoryPlugin()],
  browsers,
  concurrency: 1,
  // One browser at a time: keyboard tests are steadier on a 2-core machine.
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 20000 } },
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="en">
      <head><meta charset="utf-8"><title>evidence-guidance tests</title></head>
      <body><script type="module" src="${testFramework}"></script></body>
    </html>`,
};
