/**
 * Launches Debian's Chromium and Firefox ESR through puppeteer-core (which never
 * downloads a browser), for tests of whole pages.
 */
import puppeteer, { type Browser } from 'puppeteer-core';

export const BROWSERS = ['chromium', 'firefox'] as const;
export type BrowserName = (typeof BROWSERS)[number];

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Launches `name`; `chromiumArgs` are added to Chromium's command line (e.g. `--js-flags=--expose-gc`). */
export function launch(name: BrowserName, chromiumArgs: readonly string[] = []): Promise<Browser> {
  if (name === 'firefox') {
    return puppeteer.launch({
      browser: 'firefox',
      executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
      headless: true,
    });
  }
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [...CHROMIUM_ARGS, ...chromiumArgs],
  });
}

/** Browsers to run page tests in: all, or those named in EG_BROWSERS (e.g. "chrome"). */
export function selectedBrowsers(): BrowserName[] {
  const only = process.env.EG_BROWSERS?.split(',').map((s) => s.trim().toLowerCase());
  return BROWSERS.filter((b) => !only || only.some((o) => b.includes(o) || (o === 'chrome' && b === 'chromium')));
}
