/**
 * The CDN bundle on real host pages, in Chromium and Firefox (puppeteer-core; Firefox
 * through WebDriver BiDi):
 *
 * - a GOV.UK Frontend 6 page (its real compiled stylesheet and template markup) with the
 *   govuk theme linked;
 * - a LocalGov Drupal-like page whose council variables on `body` the localgov theme reads;
 * - a page served with a strict Content-Security-Policy and Trusted Types, themed through
 *   the `theme` attribute;
 * - the bundle loaded twice on one page (a second copy under /cdn-copy/), with and without
 *   the strict policy.
 *
 * On every page: no axe violations (WCAG 2.0-2.2 A and AA) on the whole page, no console
 * error or page error, no CSP or Trusted Types violation, the widgets styled, and the
 * host's own elements' computed styles identical with and without the library (only the
 * library's `--eg-*` custom properties may differ).
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'puppeteer-core';
import { launch, selectedBrowsers, type BrowserName } from './lib/browsers.js';
import {
  compareHostStyles,
  consoleErrors,
  consoleWarnings,
  LIBRARY_OFF,
  openPage,
  rgb,
  runAxe,
  STRICT_CSP,
  STRICT_SRC_CSP,
  WCAG_AA,
  withoutLibrary,
  type HostElementStyle,
  type OpenedPage,
} from './lib/host-page.js';
import { repoRoot, startServer, type StaticServer } from './lib/server.js';

const GOVUK_DIST = 'node_modules/govuk-frontend/dist/govuk';

/** The strict policy without 'allow-duplicates': a second copy of Lit cannot create its policy. */
const STRICT_CSP_NO_DUPLICATES = STRICT_CSP.replace(" 'allow-duplicates'", '');

let server: StaticServer;

before(async () => {
  assert.ok(existsSync(join(repoRoot, 'cdn', 'evidence-guidance.js')), 'cdn/evidence-guidance.js is missing: run `npm run build` first');
  assert.ok(existsSync(join(repoRoot, GOVUK_DIST, 'govuk-frontend.min.css')), 'govuk-frontend is missing: run `npm ci`');
  server = await startServer({
    aliases: {
      // The same CDN files under a second URL: the browser evaluates them as a second copy.
      '/cdn-copy/': 'cdn/',
      // GOV.UK Frontend's stylesheet asks for its fonts at /assets/fonts/ (its default asset path).
      '/assets/': `${GOVUK_DIST}/assets/`,
    },
    headers: (path, url) => {
      const csp =
        path === '/test/pages/host-src.html' && !url.searchParams.has('csp')
          ? STRICT_SRC_CSP
          : path === '/test/pages/host-strict.html' || url.searchParams.get('csp') === 'strict'
          ? STRICT_CSP
          : url.searchParams.get('csp') === 'no-duplicates'
            ? STRICT_CSP_NO_DUPLICATES
            : undefined;
      return csp ? { 'content-security-policy': csp } : undefined;
    },
    // `?library=off` serves the same page without the library's script tags and theme links.
    transformHtml: (html, url) => (url.searchParams.get('library') === 'off' ? withoutLibrary(html) : html),
  });
});
after(() => server?.close());

interface HostPage {
  /** The page with the library, loaded and with every widget ready. */
  lib: OpenedPage;
  /** The same page without the library (closed once read: its console messages and errors stay). */
  bare: OpenedPage;
  /** Whether the library was defined on the page without it (it must not be). */
  bareLibrary: boolean;
  /** Console errors, page errors and harness-caught errors on `lib`, recorded before axe ran. */
  errors: string[];
  /** CSP and Trusted Types violations on `lib`, recorded before axe ran. */
  violations: string[];
  withStyles: HostElementStyle[];
  withoutStyles: HostElementStyle[];
}

interface HostPageOptions {
  /** The eg-* tags the page must show, in the composed tree. */
  tags: string[];
  /** Errors that belong to the host page itself, not to the library (each must also occur without the library). */
  hostErrors?: RegExp;
  /** The CSP header the page must be served with. */
  csp?: string;
}

/**
 * Loads `path` with and without the library in one browser (in `before`), and registers
 * the checks every host page gets. Returns a getter for the loaded page, for the page's
 * own checks.
 */
function describeHostPage(browser: () => Browser, name: BrowserName, path: string, options: HostPageOptions): () => HostPage {
  let state: HostPage | undefined;
  const url = () => `${server.origin}${path}`;

  before(
    async () => {
      // The page without the library first, read and closed: one tab at a time, so the page
      // under test is always the frontmost (background tabs get no animation frames).
      const bare = await openPage(browser(), `${url()}${path.includes('?') ? '&' : '?'}${LIBRARY_OFF}`);
      const withoutStyles = await bare.page.evaluate(() => window.__egHarness.hostStyles());
      const bareLibrary = await bare.page.evaluate(() => customElements.get('eg-finding') !== undefined);
      await bare.page.close();
      const lib = await openPage(browser(), url());
      await lib.page.evaluate(() => window.__egHarness.ready());
      const harness = await lib.page.evaluate(() => ({
        errors: [...window.__egHarness.errors],
        violations: window.__egHarness.cspViolations.map((v) => `${v.directive} blocked ${v.blockedURI} ${v.sample} at ${v.source}`),
      }));
      const withStyles = await lib.page.evaluate(() => window.__egHarness.hostStyles());
      state = {
        lib,
        bare,
        bareLibrary,
        errors: [...consoleErrors(lib), ...lib.pageErrors, ...harness.errors],
        violations: harness.violations,
        withStyles,
        withoutStyles,
      };
    },
    { timeout: 60_000 },
  );
  after(async () => {
    await state?.lib.page.close();
  });
  const get = () => {
    assert.ok(state, 'the page did not load');
    return state;
  };

  if (options.csp) {
    it('is served with the Content-Security-Policy under test', () => {
      assert.equal(get().lib.csp, options.csp);
    });
  }

  it(`renders every widget (${options.tags.join(', ')})`, async () => {
    const tags = await get().lib.page.evaluate(() => window.__egHarness.widgetTags());
    for (const tag of options.tags) assert.ok(tags.includes(tag), `<${tag}> is not on the page: ${tags.join(', ')}`);
    const problems = await get().lib.page.evaluate(() => window.__egHarness.problems());
    assert.deepEqual(problems, [], 'widgets show a problem message');
  });

  it('logs no console error and throws no error', () => {
    const { errors, bare } = get();
    const hostOwn = options.hostErrors ? errors.filter((e) => options.hostErrors!.test(e)) : [];
    const library = errors.filter((e) => !hostOwn.includes(e));
    assert.deepEqual(library, []);
    if (hostOwn.length) {
      // Allowed only because the host page logs them by itself too.
      const bareErrors = [...consoleErrors(bare), ...bare.pageErrors];
      for (const e of hostOwn) assert.ok(bareErrors.includes(e), `"${e}" is not logged without the library, so it is not the host's own`);
      console.log(`${name}: ${hostOwn.length} message(s) from the host page itself, also logged without the library: ${hostOwn[0]}`);
    }
  });

  it('reports no Content-Security-Policy or Trusted Types violation', () => {
    assert.deepEqual(get().violations, []);
  });

  it("leaves the host's own styles as they are: only --eg-* custom properties differ", async () => {
    const { withStyles, withoutStyles, bareLibrary } = get();
    assert.equal(bareLibrary, false, 'the page without the library has it');
    assert.ok(withStyles.length > 5, `only ${withStyles.length} host elements compared`);
    assert.ok(Object.keys(withStyles[0]!.standard).length > 200, 'too few standard properties compared');
    const diff = compareHostStyles(withStyles, withoutStyles);
    assert.deepEqual(diff.structure, []);
    assert.deepEqual(diff.standard, []);
    assert.deepEqual(
      diff.custom.filter((d) => !/^\S+ --eg-/.test(d)),
      [],
      'custom properties other than the library tokens differ',
    );
  });

  it('has no WCAG 2.2 A/AA axe violations on the whole page, as loaded and with every disclosure open', { timeout: 60_000 }, async () => {
    const { page } = get().lib;
    const count = await page.evaluate(() => window.__egHarness.cspViolations.length);
    // axe-core's source is evaluated through the automation protocol, not a script tag, so the
    // page's CSP stays as it is. It needs no Trusted Types `default` policy (the check below
    // shows it trips no sink), so none is created and the library's run stays untouched.
    const loaded = await runAxe(page, WCAG_AA);
    assert.deepEqual(loaded, [], loaded.join('\n'));
    await page.evaluate(() => window.__egHarness.openEverything());
    const open = await runAxe(page, WCAG_AA);
    assert.deepEqual(open, [], open.join('\n'));
    // Opening every definition and disclosure (the library) and axe (the harness) broke no policy either.
    const later = await page.evaluate((n) => window.__egHarness.cspViolations.slice(n), count);
    assert.deepEqual(later, []);
  });

  return get;
}

/** Px for a `<n>rem` or `<n>px` length, with a 16px root font size (as on these pages). */
function px(length: string): string {
  const m = /^([\d.]+)(rem|px)$/.exec(length.trim());
  assert.ok(m, `not a rem or px length: ${length}`);
  return `${Number(m[1]) * (m[2] === 'rem' ? 16 : 1)}px`;
}

/** Levels that skip (an h2 followed by an h4). */
function skippedLevels(outline: Array<{ level: number; text: string }>): string[] {
  return outline.slice(1).flatMap((h, i) => (h.level > outline[i]!.level + 1 ? [`h${outline[i]!.level} "${outline[i]!.text}" then h${h.level} "${h.text}"`] : []));
}

for (const name of selectedBrowsers()) {
  describe(`host pages in ${name}`, () => {
    let browser: Browser;
    before(async () => {
      browser = await launch(name);
    });
    after(async () => {
      await browser?.close();
    });

    describe('a GOV.UK Frontend 6 page with the govuk theme linked', () => {
      const host = describeHostPage(() => browser, name, '/test/pages/host-govuk.html', {
        tags: ['eg-finding', 'eg-key-findings', 'eg-implications', 'eg-evidence-gap', 'eg-references', 'eg-glossary-term'],
        // Firefox's font sanitiser reports GOV.UK Frontend's own font files; the page logs them with or without the library.
        hostErrors: /downloadable font: .*source: http:\/\/127\.0\.0\.1:\d+\/assets\/fonts\//,
      });

      it('styles the widgets with the theme, in the colours GOV.UK Frontend sets on :root', async () => {
        const { page } = host().lib;
        const brand = await page.evaluate(() => window.__egHarness.customValue(':root', '--govuk-brand-colour'));
        const link = await page.evaluate(() => window.__egHarness.customValue(':root', '--govuk-link-colour'));
        assert.equal(brand, '#1d70b8');
        const finding = await page.evaluate(() =>
          window.__egHarness.styleOf(['eg-finding', '[part="finding"]'], ['border-inline-start-color', 'border-inline-start-width', 'border-inline-start-style', 'font-family', 'font-size']),
        );
        assert.deepEqual(finding, {
          'border-inline-start-color': rgb(brand),
          'border-inline-start-width': '5px',
          'border-inline-start-style': 'solid',
          // The theme's own type (the host's is "GDS Transport", arial; the library's default a system stack).
          'font-family': 'arial, sans-serif',
          'font-size': '19px',
        });
        const refLink = await page.evaluate(() => window.__egHarness.styleOf(['eg-references', 'a[href]'], ['color']));
        assert.deepEqual(refLink, { color: rgb(link) });
      });

      it('puts the finding at the heading level asked for, under the host h2, and skips no level', async () => {
        const { page } = host().lib;
        assert.equal(await page.evaluate(() => window.__egHarness.deep('eg-finding', '[part="statement"]')?.localName), 'h3');
        const outline = await page.evaluate(() => window.__egHarness.headingOutline());
        assert.equal(outline[0]?.level, 1);
        assert.deepEqual(skippedLevels(outline), []);
      });
    });

    describe('a LocalGov Drupal-like page with the localgov theme linked', () => {
      const host = describeHostPage(() => browser, name, '/test/pages/host-localgov.html', {
        tags: ['eg-finding', 'eg-implications', 'eg-references', 'eg-glossary-term'],
      });

      it("takes the council's colours, type, spacing and shape from the variables on body", async () => {
        const { page } = host().lib;
        const vars = await page.evaluate(() =>
          Object.fromEntries(
            ['--color-accent', '--color-link', '--color-text', '--font-primary', '--spacing', '--border-width-large', '--border-radius'].map((p) => [
              p,
              window.__egHarness.customValue('body', p),
            ]),
          ),
        );
        assert.equal(vars['--color-accent'], '#00653a');
        assert.notEqual(vars['--color-link'], vars['--color-accent'], 'the page sets a link colour of its own, so the test tells them apart');
        const finding = await page.evaluate(() =>
          window.__egHarness.styleOf(['eg-finding', '[part="finding"]'], ['border-inline-start-color', 'border-inline-start-width', 'padding-inline-start', 'font-family', 'color']),
        );
        assert.deepEqual(finding, {
          'border-inline-start-color': rgb(vars['--color-accent']!),
          'border-inline-start-width': px(vars['--border-width-large']!),
          'padding-inline-start': px(vars['--spacing']!),
          'font-family': vars['--font-primary'],
          color: rgb(vars['--color-text']!),
        });
        for (const selectors of [
          ['eg-finding', '[part="provenance"] a[href]'],
          ['eg-references', 'a[href]'],
        ]) {
          const link = await page.evaluate((s) => window.__egHarness.styleOf(s, ['color']), selectors);
          assert.deepEqual(link, { color: rgb(vars['--color-link']!) }, selectors.join(' >> '));
        }
        const radius = await page.evaluate(() => window.__egHarness.styleOf(['eg-implications', '.switch'], ['border-top-left-radius']));
        assert.deepEqual(radius, { 'border-top-left-radius': px(vars['--border-radius']!) });
      });

      it('skips no heading level', async () => {
        const outline = await host().lib.page.evaluate(() => window.__egHarness.headingOutline());
        assert.equal(outline[0]?.level, 1);
        assert.deepEqual(skippedLevels(outline), []);
      });
    });

    describe('a page under a strict CSP with Trusted Types, themed with the theme attribute', () => {
      const host = describeHostPage(() => browser, name, '/test/pages/host-strict.html', {
        tags: ['eg-finding', 'eg-summary', 'eg-evidence-gap', 'eg-glossary-term', 'eg-evidence-rating'],
        csp: STRICT_CSP,
      });

      it('applies each theme loaded on demand (theme attribute and data-eg-theme)', async () => {
        const { page } = host().lib;
        // high-contrast alone has an 8px black accent border.
        const contrast = await page.evaluate(() =>
          window.__egHarness.styleOf(['eg-finding[theme="high-contrast"]', '[part="finding"]'], ['border-inline-start-color', 'border-inline-start-width']),
        );
        assert.deepEqual(contrast, { 'border-inline-start-color': 'rgb(0, 0, 0)', 'border-inline-start-width': '8px' });
        // govuk on eg-summary reaches the findings inside it: GOV.UK blue border, 19px arial.
        const govuk = await page.evaluate(() =>
          window.__egHarness.styleOf(['eg-summary[theme="govuk"]', '[part="finding"]'], ['border-inline-start-color', 'font-family', 'font-size']),
        );
        assert.deepEqual(govuk, { 'border-inline-start-color': 'rgb(29, 112, 184)', 'font-family': 'arial, sans-serif', 'font-size': '19px' });
        // nhs from data-eg-theme on an ancestor: NHS text colour #212b32.
        const nhs = await page.evaluate(() => window.__egHarness.styleOf(['[data-eg-theme="nhs"] eg-evidence-gap'], ['color']));
        assert.deepEqual(nhs, { color: 'rgb(33, 43, 50)' });
      });

      it('loads content and themes as chunks beside the script, and nothing from elsewhere', async () => {
        const { page } = host().lib;
        const resources = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
        const paths = resources.map((r) => new URL(r).pathname);
        for (const chunk of ['early-years-integration', 'govuk', 'high-contrast', 'nhs']) {
          assert.ok(paths.some((p) => new RegExp(`^/cdn/chunks/${chunk}\\.js$`).test(p)), `${chunk} chunk not loaded: ${paths.join(', ')}`);
        }
        assert.deepEqual(resources.filter((r) => !r.startsWith(server.origin)), []);
      });

      it('sets no cookie and stores nothing', async () => {
        const { page } = host().lib;
        const stored = await page.evaluate(() => ({ cookie: document.cookie, local: localStorage.length, session: sessionStorage.length }));
        assert.deepEqual(stored, { cookie: '', local: 0, session: 0 });
      });

      it('the policy is in force: a Trusted Types sink and an inline style are blocked and reported', async (t) => {
        const { page } = host().lib;
        if (!(await page.evaluate(() => 'trustedTypes' in window))) {
          console.log(`${name}: skipped, this browser has no Trusted Types`);
          t.skip(`${name} has no Trusted Types`);
          return;
        }
        const count = await page.evaluate(() => window.__egHarness.cspViolations.length);
        const blocked = await page.evaluate(() => {
          let sink = false;
          try {
            document.createElement('div').innerHTML = '<b>not trusted</b>';
          } catch {
            sink = true;
          }
          const style = document.createElement('style');
          style.textContent = 'main { color: rgb(1, 2, 3); }';
          document.head.append(style);
          const styled = getComputedStyle(document.querySelector('main')!).color === 'rgb(1, 2, 3)';
          style.remove();
          return { sink, styled };
        });
        assert.deepEqual(blocked, { sink: true, styled: false });
        // Violation events are queued: give them a moment.
        await page.waitForFunction((n) => window.__egHarness.cspViolations.length >= n + 2, { timeout: 5000, polling: 100 }, count);
        const directives = await page.evaluate((n) => window.__egHarness.cspViolations.slice(n).map((v) => v.directive), count);
        assert.ok(directives.includes('require-trusted-types-for'), directives.join(', '));
        assert.ok(directives.some((d) => d.startsWith('style-src')), directives.join(', '));
      });
    });

    describe('data-eg-widget wrappers, hostile and harmless, under the strict CSP with Trusted Types', () => {
      // test/pages/host-wrappers.html: wrappers holding data-onfocus with data-autofocus and
      // data-tabindex, data-oncontentvisibilityautostatechange with content-visibility:auto,
      // data-onclick, data-onmouseover, data-popover with its handlers, data-style with url(),
      // data-is, data-id, data-class and data-slot, among harmless wrappers.
      let opened: OpenedPage;
      let state: { wrappers: number; upgraded: string[]; extra: string[]; pwned: boolean; beacon: number; errors: string[]; violations: string[]; problems: string[] };
      before(
        async () => {
          opened = await openPage(browser, `${server.origin}/test/pages/host-wrappers.html?csp=strict`);
          const { page } = opened;
          // Every wrapper upgraded (or the time is up: the state below says which did not).
          await page
            .waitForFunction(() => [...document.querySelectorAll('[data-eg-widget]')].every((w) => w.lastElementChild?.localName === `eg-${(w as HTMLElement).dataset.egWidget}`), { timeout: 15_000, polling: 100 })
            .catch(() => undefined);
          await page.evaluate(() => window.__egHarness.ready()).catch(() => undefined);
          // Give every handler a chance: focus, click, hover, the events they listen for, a popover.
          await page.evaluate(async () => {
            for (const el of document.querySelectorAll<HTMLElement>('[data-eg-widget] > *')) {
              if (!el.localName.startsWith('eg-')) continue;
              el.focus();
              for (const type of ['focus', 'click', 'mouseover', 'beforetoggle', 'toggle', 'contentvisibilityautostatechange']) el.dispatchEvent(new Event(type));
              el.click();
              try {
                el.showPopover();
              } catch {
                // no popover
              }
            }
            await new Promise((r) => setTimeout(r, 300));
          });
          state = await page.evaluate(() => {
            const wrappers = [...document.querySelectorAll<HTMLElement>('[data-eg-widget]')];
            const widgets = wrappers.map((w) => w.lastElementChild).filter((el): el is Element => !!el && el.localName.startsWith('eg-'));
            // (No named functions in here: tsx would wrap them in a helper the page does not have.)
            const extra: string[] = [];
            for (const el of widgets) {
              const observed = [...((customElements.get(el.localName) as unknown as { observedAttributes: string[] }).observedAttributes ?? [])];
              const declared = [...observed, 'lang', ...(observed.includes('src') ? ['src-timeout', 'src-max-bytes', 'src-parse-timeout'] : [])];
              for (const n of el.getAttributeNames()) if (!declared.includes(n)) extra.push(`<${el.localName}> ${n}`);
            }
            return {
              wrappers: wrappers.length,
              upgraded: wrappers.map((w) => (w.lastElementChild?.localName === `eg-${w.dataset.egWidget}` ? w.dataset.egWidget! : `${w.dataset.egWidget!} NOT upgraded`)),
              extra,
              pwned: '__egPwned' in window,
              beacon: performance.getEntriesByType('resource').filter((e) => e.name.includes('eg-wrapper-beacon')).length,
              errors: [...window.__egHarness.errors],
              violations: window.__egHarness.cspViolations.map((v) => `${v.directive} blocked ${v.blockedURI} ${v.sample} at ${v.source}`),
              problems: window.__egHarness.problems(),
            };
          });
        },
        { timeout: 60_000 },
      );
      after(async () => {
        await opened?.page.close();
      });

      it('is served with the strict policy', () => {
        assert.equal(opened.csp, STRICT_CSP);
      });

      it('upgrades every wrapper, the hostile ones included, each showing its content', () => {
        assert.equal(state.wrappers, 9);
        assert.deepEqual(state.upgraded.filter((u) => u.endsWith('NOT upgraded')), [], state.upgraded.join(', '));
        assert.deepEqual(state.problems, []);
      });

      it('runs nothing, passes on no attribute the widget does not declare, and requests no url()', () => {
        assert.equal(state.pwned, false, 'window.__egPwned was set');
        assert.deepEqual(state.extra, []);
        assert.equal(state.beacon, 0, 'the url() in data-style was requested');
      });

      it('reports no CSP or Trusted Types violation, and no error', () => {
        assert.deepEqual(state.violations, []);
        assert.deepEqual([...consoleErrors(opened), ...opened.pageErrors, ...state.errors], []);
      });

      it('names each hostile wrapper once in the console, with its position and what it dropped', () => {
        const said = consoleWarnings(opened).filter((w) => w.startsWith('evidence-guidance:') && /wrapper/.test(w));
        assert.deepEqual(
          said.map((w) => /wrapper (\d+) of 9 on the page/.exec(w)?.[1]),
          ['1', '3', '5', '7', '8'],
          said.join('\n'),
        );
        assert.match(said[0]!, /data-onfocus, data-autofocus, data-tabindex/);
        assert.match(said[4]!, /data-style, data-is, data-id, data-class, data-slot/);
      });
    });

    describe("a council's own summary from a Markdown file (src), under the strict CSP with DOMPurify's policy", () => {
      const host = describeHostPage(() => browser, name, '/test/pages/host-src.html', {
        tags: ['eg-finding', 'eg-key-findings', 'eg-evidence-gaps'],
        csp: STRICT_SRC_CSP,
      });

      it('shows the English and the Welsh file, from the src runtime chunk and the two files, and nothing else', async () => {
        const { page } = host().lib;
        const shown = await page.evaluate(() => ({
          finding: window.__egHarness.deep('eg-finding', '[part="statement"]')?.textContent ?? '',
          gaps: window.__egHarness.deep('eg-evidence-gaps')?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '',
        }));
        assert.match(shown.finding, /Family hubs that combine services work best/);
        assert.match(shown.gaps, /Astudiaethau mwy trylwyr/, 'the Welsh file');
        assert.match(shown.gaps, /Bylchau yn y dystiolaeth/, "the library's words in Welsh, as the page says there");
        const resources = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
        const paths = resources.map((r) => new URL(r).pathname);
        assert.equal(paths.filter((p) => /^\/cdn\/chunks\/markdown-source\.js$/.test(p)).length, 1, paths.join('\n'));
        assert.deepEqual(paths.filter((p) => p.endsWith('.md')).sort(), ['/test/fixtures/src/ein-crynodeb.md', '/test/fixtures/src/our-summary.md']);
        assert.deepEqual(resources.filter((r) => !r.startsWith(server.origin)), []);
      });

      it("without dompurify in the policy, src widgets say the file could not be loaded, with Try again, and why in the console", async (t) => {
        const other = await openPage(browser, `${server.origin}/test/pages/host-src.html?csp=strict`);
        try {
          assert.equal(other.csp, STRICT_CSP);
          if (!(await other.page.evaluate(() => 'trustedTypes' in window))) {
            t.skip(`${name} has no Trusted Types`);
            return;
          }
          await other.page.evaluate(() => window.__egHarness.ready());
          const problems = await other.page.evaluate(() => window.__egHarness.problems());
          assert.equal(problems.length, 3, problems.join('\n'));
          // The library's words: English, and Welsh inside lang="cy".
          for (const p of problems) assert.match(p, /could not be loaded\. Try again$|Nid oedd modd llwytho’r crynodeb tystiolaeth\. Rhoi cynnig arall arni$/);
          const warnings = consoleWarnings(other).filter((w) => /trusted-types lit-html dompurify/.test(w));
          assert.ok(warnings.length >= 1, consoleWarnings(other).join('\n'));
          const violations = await other.page.evaluate(() => window.__egHarness.cspViolations.map((v) => `${v.directive} ${v.sample}`));
          assert.ok(violations.includes('trusted-types dompurify'), violations.join('\n'));
        } finally {
          await other.page.close();
        }
      });
    });

    for (const strict of [false, true]) {
      describe(`the CDN bundle loaded twice on one page${strict ? ', under the strict CSP' : ''}`, () => {
        const host = describeHostPage(() => browser, name, `/test/pages/host-double.html${strict ? '?csp=strict' : ''}`, {
          tags: ['eg-finding', 'eg-key-findings', 'eg-references', 'eg-glossary-term'],
          ...(strict ? { csp: STRICT_CSP } : {}),
        });

        it("keeps the first copy's definition of every element", async () => {
          const { page } = host().lib;
          // The CDN bundle exports no classes, so which copy's classes are live is told by what
          // they do: each copy has its own registry, and a widget sees only summaries registered
          // with the copy whose class it is.
          // A string, not a function: tsx would wrap the helpers in a __name() the page does not have.
          const result = await page.evaluate(`(async () => {
            const first = await import('/cdn/evidence-guidance.js');
            const second = await import('/cdn-copy/evidence-guidance.js');
            const real = await first.loadSummary('early-years-integration');
            const as = (id) => ({ ...real, meta: { ...real.meta, id } });
            const listing = (id) => ({ id, title: 'Copy check', published: '2009-03', lang: 'en' });
            first.registerSummary(listing('copy-check-first'), async () => as('copy-check-first'));
            second.registerSummary(listing('copy-check-second'), async () => as('copy-check-second'));
            const shows = async (id) => {
              const el = document.createElement('eg-finding');
              el.setAttribute('summary', id);
              el.setAttribute('finding', 'quality-not-type');
              document.body.append(el);
              await el.updateComplete;
              for (let i = 0; i < 50 && el.matches(':state(loading)'); i++) await new Promise((r) => setTimeout(r, 20));
              await el.updateComplete;
              const found = Boolean(el.shadowRoot && el.shadowRoot.querySelector('[part="finding"]'));
              el.remove();
              return found;
            };
            const fromFirst = await shows('copy-check-first');
            // Its expected "no such summary" warning is not one the page should see.
            const warn = console.warn;
            console.warn = () => {};
            const fromSecond = await shows('copy-check-second').finally(() => (console.warn = warn));
            return {
              twoCopies: first !== second,
              fromFirst,
              fromSecond,
              defined: ['eg-finding', 'eg-summary', 'eg-references', 'eg-glossary-term'].every((t) => customElements.get(t) !== undefined),
            };
          })()`);
          assert.deepEqual(result, { twoCopies: true, fromFirst: true, fromSecond: false, defined: true });
        });

        it('logs exactly one warning, about the second copy', () => {
          const warnings = consoleWarnings(host().lib);
          const aboutCopy = warnings.filter((w) => /another copy of the library/.test(w));
          assert.equal(aboutCopy.length, 1, aboutCopy.join('\n'));
          assert.match(aboutCopy[0]!, /<eg-finding>/);
          assert.deepEqual(warnings, aboutCopy, 'other warnings were logged');
        });

        it('renders the widgets, styled, with their content', async () => {
          const { page } = host().lib;
          const shown = await page.evaluate(() => ({
            finding: window.__egHarness.deep('eg-finding', '[part="statement"]')?.textContent ?? '',
            rating: window.__egHarness.deep('eg-finding', '[part="rating"]')?.textContent?.replace(/\s+/g, ' ') ?? '',
            term: window.__egHarness.deep('eg-glossary-term', 'button')?.textContent ?? '',
          }));
          assert.match(shown.finding, /quality of integration, rather than its type/);
          // Styled, with the theme its theme attribute loaded (govuk: 19px type, GOV.UK blue accent).
          const style = await page.evaluate(() =>
            window.__egHarness.styleOf(['eg-finding[theme="govuk"]', '[part="finding"]'], ['border-inline-start-color', 'border-inline-start-width', 'font-size']),
          );
          assert.deepEqual(style, { 'border-inline-start-color': 'rgb(29, 112, 184)', 'border-inline-start-width': '5px', 'font-size': '19px' });
          assert.match(shown.rating, /some evidence/);
          assert.match(shown.term, /tiers of need/i);
        });

        if (strict) {
          it("needs 'allow-duplicates': without it the second copy cannot create its lit-html policy", async () => {
            const other = await openPage(browser, `${server.origin}/test/pages/host-double.html?csp=no-duplicates`);
            try {
              assert.equal(other.csp, STRICT_CSP_NO_DUPLICATES);
              await other.page.waitForFunction(() => window.__egHarness.cspViolations.length > 0, { timeout: 10000, polling: 100 });
              const violations = await other.page.evaluate(() => window.__egHarness.cspViolations.map((v) => `${v.directive} ${v.sample}`));
              assert.deepEqual(violations, ['trusted-types lit-html']);
            } finally {
              await other.page.close();
            }
          });
        }
      });
    }
  });
}
