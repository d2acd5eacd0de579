// @web/test-runner: the widget tests, in Debian's Chromium and Firefox ESR.
// Browsers come from apt (see README); nothing here downloads one.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';

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

const only = process.env.EG_BROWSERS?.split(',');
const browsers = [chromium, firefox].filter((b) => !only || only.some((n) => b.name.toLowerCase().includes(n.toLowerCase())));

export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: { exportConditions: ['development'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), forcedColorsPlugin()],
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
