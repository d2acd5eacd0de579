/**
 * The CDN bundle on a plain HTML page served over HTTP: the finding renders with its
 * rating, content loads from a separate chunk, and nothing is logged as an error.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launch, selectedBrowsers } from './lib/browsers.js';
import { repoRoot, startServer, type StaticServer } from './lib/server.js';

let server: StaticServer;

before(async () => {
  assert.ok(existsSync(join(repoRoot, 'cdn', 'evidence-guidance.js')), 'cdn/evidence-guidance.js is missing: run `npm run build` first');
  server = await startServer();
});
after(() => server?.close());

for (const name of selectedBrowsers()) {
  describe(`CDN bundle in ${name}`, () => {
    it('shows a finding with its rating, loading content lazily, with no console error', async () => {
      const browser = await launch(name);
      try {
        const page = await browser.newPage();
        const errors: string[] = [];
        page.on('console', (m) => {
          if (m.type() === 'error') errors.push(m.text());
        });
        page.on('pageerror', (e) => errors.push(String(e)));
        await page.goto(`${server.origin}/test/pages/cdn-finding.html`, { waitUntil: 'load' });
        await page.waitForFunction(
          () => {
            return !!document.querySelector('eg-finding')?.shadowRoot?.querySelector('[part="rating"] [part="wording"]');
          },
          { timeout: 10000 },
        );
        const shown = await page.evaluate(() => {
          const finding = document.querySelector('eg-finding')!;
          const rating = finding.shadowRoot!.querySelector('[part="rating"]')!;
          return {
            heading: finding.shadowRoot!.querySelector('h2')?.textContent ?? '',
            ratingText: rating.textContent!.replace(/\s+/g, ' '),
            provenance: finding.shadowRoot!.querySelector('[part="provenance"]')?.textContent?.replace(/\s+/g, ' ') ?? '',
          };
        });
        assert.match(shown.heading, /quality of integration, rather than its type/);
        assert.match(shown.ratingText, /some evidence/);
        assert.match(shown.ratingText, /this library’s reading: Some/);
        assert.match(shown.provenance, /C4EO/);
        assert.match(shown.provenance, /March 2009/);
        // The content came from its own chunk, not the core bundle.
        const scripts = await page.evaluate(() =>
          performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.endsWith('.js')),
        );
        assert.ok(scripts.some((s) => /\/cdn\/chunks\/early-years-integration\.js$/.test(s)), `content chunk not loaded: ${scripts.join(', ')}`);
        assert.deepEqual(errors, []);
      } finally {
        await browser.close();
      }
    });
  });
}
