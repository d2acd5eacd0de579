/**
 * `src` with the CDN bundle, in Chromium and Firefox: the src runtime (marked, the YAML
 * parser and DOMPurify) is a chunk of its own that a page without `src` never requests, and
 * that a page with `src` requests once, however many widgets show the file (which is
 * fetched once too).
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { launch, selectedBrowsers } from './lib/browsers.js';
import { repoRoot, startServer, type StaticServer } from './lib/server.js';

let server: StaticServer;

before(async () => {
  assert.ok(existsSync(join(repoRoot, 'cdn', 'evidence-guidance.js')), 'cdn/evidence-guidance.js is missing: run `npm run build` first');
  server = await startServer();
});
after(() => server?.close());

const RUNTIME = /^\/cdn\/chunks\/markdown-source\.js$/;

/** Opens `path`, waits until the first widget of each tag shows `text`, and returns the page with its errors. */
async function open(browser: Browser, path: string, selector: string, text: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
  await page.waitForFunction(
    (s, t) => (document.querySelector(s)?.shadowRoot?.textContent ?? '').includes(t),
    { timeout: 15000, polling: 100 },
    selector,
    text,
  );
  return { page, errors };
}

/** Paths of every resource the page has requested so far. */
const requested = (page: Page) => page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));

for (const name of selectedBrowsers()) {
  describe(`src with the CDN bundle in ${name}`, () => {
    let browser: Browser;
    before(async () => {
      browser = await launch(name);
    });
    after(async () => {
      await browser?.close();
    });

    it('a page without src never requests the src runtime', async () => {
      const { page, errors } = await open(browser, '/test/pages/cdn-finding.html', 'eg-finding', 'quality of integration');
      try {
        const paths = await requested(page);
        assert.ok(paths.some((p) => /\/cdn\/chunks\/early-years-integration\.js$/.test(p)), `content chunk not loaded: ${paths.join(', ')}`);
        assert.deepEqual(paths.filter((p) => RUNTIME.test(p) || p.endsWith('.md')), []);
        assert.deepEqual(errors, []);
      } finally {
        await page.close();
      }
    });

    it('a page with src requests the runtime chunk once and the file once, for three widgets', async () => {
      const { page, errors } = await open(browser, '/test/pages/cdn-src.html', 'eg-finding', 'Family hubs that combine services work best');
      try {
        await page.waitForFunction(() => document.querySelectorAll(':state(loading)').length === 0, { timeout: 15000, polling: 100 });
        const shown = await page.evaluate(() =>
          ['eg-key-findings', 'eg-references'].map((t) => (document.querySelector(t)?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ')),
        );
        assert.match(shown[0]!, /Key findings/);
        assert.match(shown[1]!, /Surname, A\./);
        const paths = await requested(page);
        assert.equal(paths.filter((p) => RUNTIME.test(p)).length, 1, paths.join('\n'));
        assert.deepEqual(paths.filter((p) => p.endsWith('.md')), ['/test/fixtures/src/our-summary.md']);
        // No bundled content was needed: the file is the content.
        assert.deepEqual(paths.filter((p) => /early-years-integration/.test(p)), []);
        assert.deepEqual(errors, []);
      } finally {
        await page.close();
      }
    });
  });
}
