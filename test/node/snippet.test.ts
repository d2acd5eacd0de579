/**
 * The embed snippet: the generator and the CLI, and the pasted HTML in a real page: it reads
 * with JavaScript off, upgrades in place when the script loads (with the same text), and a
 * `data-eg-widget` wrapper upgrades too.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadSummary } from '../../src/content/registry.js';
import type { Summary } from '../../src/content/types.js';
import { cy } from '../../src/internal/locale/cy.js';
import { en } from '../../src/internal/locale/en.js';
import { renderSnippet, scriptLines, SNIPPET_WIDGETS, SnippetError, itemIdsFor, type SnippetWidget } from '../../src/snippet/snippet.js';
import { launch, selectedBrowsers } from './lib/browsers.js';
import { STRICT_CSP } from './lib/host-page.js';
import { repoRoot, startServer, type StaticServer } from './lib/server.js';

const ID = 'early-years-integration';
let summary: Summary;
before(async () => {
  summary = await loadSummary(ID);
});

/** Text of an HTML string with tags and the leading comment removed, white space folded. */
const text = (html: string) =>
  html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<\/?(span|strong|em|cite|small|a)\b[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

describe('snippet generator', () => {
  it('renders every widget, with every item where the widget shows one', () => {
    for (const widget of Object.keys(SNIPPET_WIDGETS) as SnippetWidget[]) {
      const items = SNIPPET_WIDGETS[widget]?.required ? itemIdsFor(summary, widget) : [undefined];
      for (const item of items) {
        const html = renderSnippet(summary, { widget, item });
        assert.match(html, new RegExp(`<${widget} summary="${ID}"`), widget);
        assert.ok(!/<script|on\w+=|javascript:/i.test(html), `${widget} ${item}: no script or handlers`);
      }
    }
  });

  it('shows a finding as readable HTML: heading, the rating as text with the source wording, and the source', () => {
    const html = renderSnippet(summary, { widget: 'eg-finding', item: 'combined-approaches' });
    const f = summary.findings.find((x) => x.id === 'combined-approaches')!;
    assert.match(html, /<h2\b[^>]*\blang="en"[^>]*>Combined approaches/);
    const t = text(html);
    assert.ok(t.includes(f.statement));
    assert.ok(t.includes(`${en.strengthOfEvidence}: “robust evidence” (${en.sourceWords}); ${en.libraryReading}: ${en.levelName.strong}`), t);
    // The claim it must be read with travels with it, and so does the summary's age.
    assert.ok(t.includes('may be taken as evidence that integration is effective, but only indirectly'), t);
    assert.match(t, /Published March 2009 \(\d+ years ago\); newer evidence may exist/);
    assert.ok(t.includes('C4EO (March 2009)'));
    assert.match(html, /href="http:\/\/www\.c4eo\.org\.uk\/[^"]+kr_1\.pdf"/);
  });

  it('shows an ungraded statement as not graded', () => {
    const t = text(renderSnippet(summary, { widget: 'eg-finding', item: 'specific-training' }));
    assert.ok(t.includes(`${en.strengthOfEvidence}: ${en.notGraded}`));
  });

  it('puts the whole summary in, with every item and each grade in the source words', () => {
    const t = text(renderSnippet(summary));
    for (const f of summary.findings) {
      assert.ok(t.includes(f.statement), f.id);
      if (f.grade) assert.ok(t.includes(`“${f.grade.wording}”`), f.id);
    }
    for (const list of [summary.stakeholderViews, summary.implications, summary.whatWorks, summary.evidenceGaps]) {
      for (const x of list) assert.ok(t.includes(x.statement), x.id);
    }
    for (const r of summary.references) assert.ok(t.includes(r.authors[0]!.split(',')[0]!), r.id);
  });

  it('keeps a sound heading outline in the summary snippet', () => {
    const levels = [...renderSnippet(summary).matchAll(/<h([1-6])\b/g)].map((m) => Number(m[1]));
    assert.ok(levels.length > 20, 'the outline has every section and item');
    assert.equal(levels[0], 2);
    for (let i = 1; i < levels.length; i++) assert.ok(levels[i]! <= levels[i - 1]! + 1, `h${levels[i - 1]} then h${levels[i]}`);
  });

  it('writes the library words in Welsh with --lang cy, the evidence staying marked English', () => {
    const html = renderSnippet(summary, { widget: 'eg-finding', item: 'quality-not-type', lang: 'cy' });
    assert.match(html, /<eg-finding [^>]*lang="cy"/);
    assert.ok(html.includes(cy.strengthOfEvidence) && html.includes('Mawrth 2009'));
    assert.match(html, /<span lang="en">some evidence<\/span>/);
  });

  it('uses a data-eg-widget wrapper with --wrapper, and sets theme and heading level', () => {
    const html = renderSnippet(summary, { widget: 'eg-evidence-gap', item: 'rigorous-studies', wrapper: true, theme: 'govuk', headingLevel: 3 });
    assert.match(html, /<div data-eg-widget="evidence-gap" data-summary="early-years-integration" data-gap="rigorous-studies" data-heading-level="3" data-theme="govuk">/);
    assert.match(html, /<h3\b/);
  });

  it('rejects a bad widget, item, theme or language, naming it and listing the valid ones', () => {
    const cases: Array<[object, RegExp]> = [
      [{ widget: 'eg-nope' }, /"eg-nope" is not a widget. Valid widgets: eg-summary/],
      [{ widget: 'eg-finding' }, /needs an item .*Valid ids: ecm-integrated-system/],
      [{ widget: 'eg-finding', item: 'nope' }, /no finding "nope".*quality-not-type/],
      [{ widget: 'eg-summary', item: 'x' }, /shows no single item/],
      [{ theme: 'pink' }, /"pink" is not a theme/],
      [{ lang: 'fr' }, /"fr" is not a language/],
    ];
    for (const [options, message] of cases) assert.throws(() => renderSnippet(summary, options), (e: unknown) => e instanceof SnippetError && message.test((e as Error).message));
  });

  it('escapes attribute values: an item id is only ever text', () => {
    assert.throws(() => renderSnippet(summary, { widget: 'eg-finding', item: '"><img src=x onerror=alert(1)>' }), SnippetError);
  });
});

describe('the CLI', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, [join(repoRoot, 'bin/evidence-guidance.js'), ...args], { encoding: 'utf8', timeout: 30_000 });

  it('prints the snippet for a widget and item', () => {
    const r = run('snippet', ID, '--widget', 'eg-finding', '--item', 'quality-not-type', '--theme', 'govuk', '--lang', 'cy');
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, renderSnippet(summary, { widget: 'eg-finding', item: 'quality-not-type', theme: 'govuk', lang: 'cy' }));
  });

  it('exits non-zero with the valid values for a bad item or summary, and 2 for bad usage', () => {
    const bad = run('snippet', ID, '--widget', 'eg-finding', '--item', 'nope');
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /Valid ids: .*quality-not-type/);
    const noSummary = run('snippet', 'nope');
    assert.equal(noSummary.status, 1);
    assert.match(noSummary.stderr, /Valid ids: early-years-integration/);
    assert.equal(run('snippet', ID, '--colour', 'x').status, 2);
    assert.equal(run().status, 2);
  });
});

const pageStyle = /<style>([\s\S]*?)<\/style>/.exec(readFileSync(join(repoRoot, 'test', 'pages', 'snippet.html'), 'utf8'))![1]!;
const PAGE_CSP = `${STRICT_CSP.replace("style-src 'self'", `style-src 'self' 'sha256-${createHash('sha256').update(pageStyle).digest('base64')}'`)}; img-src 'self' data:`;

describe('the snippet in a page', () => {
  let server: StaticServer;
  const snippets = new Map<string, string>();
  before(async () => {
    // test/pages/snippet.html?snippet=NAME is served with that snippet pasted in.
    server = await startServer({
      // The Storybook builder's snippets load the bundle from /evidence-guidance/cdn/, as a self-hosting council would.
      aliases: { '/evidence-guidance/cdn/': 'cdn/' },
      transformHtml: (html, url) => html.replace('<!--SNIPPET-->', snippets.get(url.searchParams.get('snippet') ?? '') ?? ''),
      // ?csp: the strict policy a council can send (scripts and styles from the site only, Trusted
      // Types), letting through only the council page's own inline <style> (by its hash) and icon.
      headers: (_path, url) => (url.searchParams.has('csp') ? { 'content-security-policy': PAGE_CSP } : undefined),
    });
  });
  after(() => server?.close());

  const page = (name: string, snippet: string) => {
    snippets.set(name, snippet);
    return `${server.origin}/test/pages/snippet.html?snippet=${name}`;
  };

  for (const name of selectedBrowsers()) {
    it(`reads well with JavaScript off, then upgrades in place with the same text, in ${name}`, async (t) => {
      const browser = await launch(name);
      try {
        const snippet = renderSnippet(summary, { widget: 'eg-finding', item: 'quality-not-type', scriptSrc: '/cdn/evidence-guidance.js' });
        const url = page(`finding-${name}`, snippet);
        const f = summary.findings.find((x) => x.id === 'quality-not-type')!;
        const expected = [f.statement, `${en.strengthOfEvidence}:`, en.levelName.moderate, 'some evidence', 'C4EO', 'March 2009'];

        const off = await browser.newPage();
        let canDisable = true;
        try {
          await off.setJavaScriptEnabled(false);
        } catch (e) {
          canDisable = false;
          const reason = `JavaScript cannot be switched off in ${name} through this driver (${String(e).split('\n')[0].slice(0, 80)}); the no-JavaScript reading is checked in Chromium.`;
          console.log(`Skipped part of a test: ${reason}`);
          t.diagnostic(reason);
        }
        if (canDisable) {
          await off.goto(url, { waitUntil: 'load' });
          const plain = await off.evaluate(() => (document.querySelector('#snippet') as HTMLElement).innerText);
          for (const s of expected) assert.ok(plain.includes(s), `without JavaScript, "${s}" is missing from: ${plain}`);
          const headings = await off.evaluate(() => [...document.querySelectorAll('h1, h2, h3')].map((h) => h.tagName));
          assert.deepEqual(headings, ['H1', 'H2']);
        }
        await off.close();

        const on = await browser.newPage();
        const errors: string[] = [];
        on.on('pageerror', (e) => errors.push(String(e)));
        on.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
        await on.goto(url, { waitUntil: 'load' });
        await on.waitForFunction(() => !!document.querySelector('eg-finding')?.shadowRoot?.querySelector('article'), { timeout: 10000 });
        const upgraded = await on.evaluate(() => {
          const el = document.querySelector('eg-finding')!;
          return (el.shadowRoot!.querySelector('article') as HTMLElement).innerText.replace(/\s+/g, ' ');
        });
        for (const s of expected) assert.ok(upgraded.includes(s), `after the upgrade, "${s}" is missing from: ${upgraded}`);
        assert.deepEqual(errors, []);
        await on.close();
      } finally {
        await browser.close();
      }
    });

    it(`upgrades a data-eg-widget wrapper the same way, in ${name}`, async () => {
      const browser = await launch(name);
      try {
        const snippet = renderSnippet(summary, { widget: 'eg-evidence-gap', item: 'rigorous-studies', wrapper: true, scriptSrc: '/cdn/evidence-guidance.js' });
        const p = await browser.newPage();
        await p.goto(page(`wrapper-${name}`, snippet), { waitUntil: 'load' });
        await p.waitForFunction(() => !!document.querySelector('[data-eg-widget] > eg-evidence-gap')?.shadowRoot?.querySelector('h2'), { timeout: 10000 });
        const result = await p.evaluate(() => {
          const el = document.querySelector('[data-eg-widget] > eg-evidence-gap')!;
          return { gap: el.getAttribute('gap'), summary: el.getAttribute('summary'), heading: el.shadowRoot!.querySelector('h2')!.textContent };
        });
        assert.equal(result.gap, 'rigorous-studies');
        assert.equal(result.summary, ID);
        assert.match(result.heading ?? '', /rigorously designed studies/);
      } finally {
        await browser.close();
      }
    });
  }

  it('renders the embed-code builder\'s snippet (its script path, theme and item) beside the CDN bundle, in Chromium', async () => {
    const browser = await launch('chromium');
    try {
      // The options the builder test chooses; test/embed-builder.test.ts checks the builder copies exactly this.
      const snippet = renderSnippet(summary, { widget: 'eg-evidence-gap', item: 'models-and-measures', theme: 'govuk', lang: 'en', scriptSrc: '/evidence-guidance/cdn/evidence-guidance.js' });
      const p = await browser.newPage();
      const errors: string[] = [];
      p.on('pageerror', (e) => errors.push(String(e)));
      p.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await p.goto(page('builder', snippet), { waitUntil: 'load' });
      await p.waitForFunction(() => !!document.querySelector('eg-evidence-gap')?.shadowRoot?.querySelector('h2'), { timeout: 10000 });
      const heading = await p.evaluate(() => document.querySelector('eg-evidence-gap')!.shadowRoot!.querySelector('h2')!.textContent!.replace(/\s+/g, ' '));
      assert.match(heading, /outcome measures/);
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
    }
  });

  /** The paths a page holding `body` requests (the HTTP cache off) until its `eg-finding` has rendered, in Chromium: all, and the chunks. */
  async function requestsUntilRendered(name: string, body: string) {
    const browser = await launch('chromium');
    try {
      const p = await browser.newPage();
      await p.setCacheEnabled(false);
      const requested: string[] = [];
      p.on('request', (r) => requested.push(new URL(r.url()).pathname));
      await p.goto(page(name, body), { waitUntil: 'load' });
      await p.waitForFunction(() => !!document.querySelector('eg-finding')?.shadowRoot?.querySelector('article'), { timeout: 10000 });
      const bundleAfterPaint = await p.evaluate(() => {
        const bundle = performance.getEntriesByType('resource').find((e) => e.name.includes('/cdn/evidence-guidance.js'))!;
        return bundle.startTime >= performance.getEntriesByName('first-contentful-paint')[0]!.startTime;
      });
      return { requested, chunks: requested.filter((path) => path.startsWith('/cdn/chunks/')), bundleAfterPaint };
    } finally {
      await browser.close();
    }
  }

  it('prints, after the snippet and with no preload, the script line for upgrade.js, which loads the bundle only once the first paint is on screen; the widget then loads each chunk once, in Chromium', async () => {
    const snippet = renderSnippet(summary, { widget: 'eg-finding', item: 'quality-not-type', scriptSrc: '/cdn/evidence-guidance.js?v=2', lang: 'cy' });
    assert.match(snippet, /<\/eg-finding>\n<script type="module" src="\/cdn\/upgrade\.js"><\/script>\n$/);
    assert.doesNotMatch(snippet, /<link/);
    const { requested, chunks, bundleAfterPaint } = await requestsUntilRendered('no-preload', snippet);
    assert.deepEqual(chunks.sort(), ['/cdn/chunks/adopt-snippet.js', '/cdn/chunks/cy.js', '/cdn/chunks/early-years-integration.js']);
    // upgrade.js, then the bundle (asked for after the first contentful paint), then the chunks it loads.
    assert.equal(requested.indexOf('/cdn/upgrade.js') + 1, requested.indexOf('/cdn/evidence-guidance.js'), requested.join(', '));
    assert.ok(requested.indexOf('/cdn/evidence-guidance.js') < Math.min(...chunks.map((c) => requested.indexOf(c))), requested.join(', '));
    assert.equal(bundleAfterPaint, true, 'the bundle was requested before the first contentful paint');
  });

  it('loads a bare widget\'s chunks beside the script (scriptLines, as the CDN docs print), so that they load in parallel with it, and the bundle uses those copies (one request each), in Chromium', async () => {
    const lines = scriptLines('/cdn/evidence-guidance.js', ID, 'cy');
    assert.equal(lines, '<link rel="modulepreload" href="/cdn/chunks/cy.js">\n<script type="module" src="/cdn/chunks/early-years-integration.js"></script>\n<script type="module" src="/cdn/evidence-guidance.js"></script>\n');
    const { requested, chunks } = await requestsUntilRendered('preload', `${lines}<eg-finding summary="${ID}" finding="quality-not-type" lang="cy"></eg-finding>`);
    assert.deepEqual(chunks.sort(), ['/cdn/chunks/cy.js', '/cdn/chunks/early-years-integration.js']);
    // Both were asked for before the bundle had run: the preload, not the bundle's import.
    assert.ok(requested.indexOf('/cdn/chunks/early-years-integration.js') < requested.indexOf('/cdn/evidence-guidance.js') + 2, requested.join(', '));
  });

  it('renders a bare eg-summary after the CDN docs\' lines (scriptLines) with its content from its first render: no loading state, under the strict CSP, in Chromium', async () => {
    const browser = await launch('chromium');
    try {
      const p = await browser.newPage();
      await p.setCacheEnabled(false);
      // Every shadow root the page attaches: whether it ever showed the loading state.
      await p.evaluateOnNewDocument(() => {
        const w = window as unknown as { __loading: boolean };
        w.__loading = false;
        const attach = Element.prototype.attachShadow;
        Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
          const root = attach.call(this, init);
          new MutationObserver(() => void (w.__loading ||= !!root.querySelector('.loading'))).observe(root, { childList: true, subtree: true });
          return root;
        };
      });
      const errors: string[] = [];
      p.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await p.goto(`${page('bare-summary', `${scriptLines('/cdn/evidence-guidance.js', ID)}<eg-summary summary="${ID}"></eg-summary>`)}&csp`, { waitUntil: 'load' });
      await p.waitForFunction(() => (document.querySelector('eg-summary')?.shadowRoot?.querySelectorAll('[data-section]').length ?? 0) > 8, { timeout: 10000 });
      assert.equal(await p.evaluate(() => (window as unknown as { __loading: boolean }).__loading), false, 'the widget showed its loading state');
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
    }
  });

  it('checks the bundle\'s integrity when the content chunk\'s line, which imports the bundle, comes first (the CDN docs\' order), in Chromium', async () => {
    const sha384 = (file: string) => `sha384-${createHash('sha384').update(readFileSync(join(repoRoot, 'cdn', file))).digest('base64')}`;
    const lines = (bundleHash: string) =>
      `<script type="module" src="/cdn/chunks/${ID}.js" integrity="${sha384(`chunks/${ID}.js`)}" crossorigin="anonymous"></script>\n` +
      `<script type="module" src="/cdn/evidence-guidance.js" integrity="${bundleHash}" crossorigin="anonymous"></script>\n<eg-summary summary="${ID}"></eg-summary>`;
    const browser = await launch('chromium');
    try {
      const defined = async (name: string, body: string) => {
        const p = await browser.newPage();
        await p.setCacheEnabled(false);
        await p.goto(page(name, body), { waitUntil: 'load' });
        await new Promise((r) => setTimeout(r, 500));
        const result = await p.evaluate(() => !!customElements.get('eg-summary'));
        await p.close();
        return result;
      };
      assert.equal(await defined('sri-right', lines(sha384('evidence-guidance.js'))), true, 'the right hash: the bundle runs');
      // A wrong hash for the bundle: had the chunk's import fetched the bundle first, unchecked, it would run.
      assert.equal(await defined('sri-wrong', lines(`sha384-${'A'.repeat(64)}`)), false, 'a wrong hash: the bundle must not run');
    } finally {
      await browser.close();
    }
  });

  /**
   * Loads the whole-summary snippet with the script, under the strict CSP, and waits for the
   * upgrade and half a second more; returns the page's layout shifts, its LCP entries (with the
   * element's id: empty for an element in a shadow root, which a page cannot see) and any CSP
   * violation.
   */
  async function wholeSummaryUpgrade(name: string, options: { wrapper?: boolean } = {}) {
    const browser = await launch('chromium');
    try {
      const p = await browser.newPage();
      await p.evaluateOnNewDocument(() => {
        const w = window as unknown as { __shifts: number[]; __lcp: string[]; __csp: string[] };
        w.__shifts = [];
        w.__lcp = [];
        w.__csp = [];
        document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.effectiveDirective} ${e.blockedURI}`));
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) if (!e.hadRecentInput) w.__shifts.push(e.value);
        }).observe({ type: 'layout-shift', buffered: true });
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as Array<PerformanceEntry & { id: string; element: Element | null }>) w.__lcp.push(e.id || `(${e.element?.localName ?? 'in a shadow root'})`);
        }).observe({ type: 'largest-contentful-paint', buffered: true });
      });
      await p.goto(`${page(name, renderSnippet(summary, { scriptSrc: '/cdn/evidence-guidance.js', ...options }))}&csp`, { waitUntil: 'load' });
      await p.waitForFunction(() => !!document.querySelector('eg-summary')?.shadowRoot?.querySelector('h2'), { timeout: 10000 });
      await new Promise((r) => setTimeout(r, 500));
      return await p.evaluate(() => {
        const w = window as unknown as { __shifts: number[]; __lcp: string[]; __csp: string[] };
        return { shifts: w.__shifts, lcp: w.__lcp, csp: w.__csp };
      });
    } finally {
      await browser.close();
    }
  }

  it('upgrades the whole-summary snippet without moving it (no layout shift at all), under the strict CSP with Trusted Types, in Chromium', async () => {
    // The snippet's first heading has the host page's margin, which collapses with the paragraph's
    // above; the widget keeps that margin, so the snippet's box does not move when it upgrades.
    const { shifts, csp } = await wholeSummaryUpgrade('cls-summary');
    assert.deepEqual(shifts, [], `layout shifts on upgrade: ${shifts.map((v) => v.toFixed(4)).join(', ')}`);
    assert.deepEqual(csp, []);
  });

  it('upgrades the whole summary pasted as a data-eg-widget wrapper without moving it either, in Chromium', async () => {
    const { shifts, lcp, csp } = await wholeSummaryUpgrade('cls-wrapper', { wrapper: true });
    assert.deepEqual(shifts, [], `layout shifts on upgrade: ${shifts.map((v) => v.toFixed(4)).join(', ')}`);
    assert.equal(lcp.at(-1), 'eg-summary-static-title', `LCP entries, in order: ${lcp.join(' → ')}`);
    assert.deepEqual(csp, []);
  });

  it('keeps the snippet as the largest contentful paint: the upgrade paints nothing that replaces it, in Chromium', async () => {
    // The snippet's title is the page's largest text. The widget hides it only once the first
    // paint is on screen (text removed before then would count as never painted, and the
    // widget's own title, painted later, would become the LCP), and paints nothing larger.
    const { lcp } = await wholeSummaryUpgrade('lcp-summary');
    assert.equal(lcp.at(-1), 'eg-summary-static-title', `LCP entries, in order: ${lcp.join(' → ')}`);
  });

  it('upgrades with no layout shift (summed layout-shift below 0.01), in Chromium', async () => {
    const browser = await launch('chromium');
    try {
      const snippet = renderSnippet(summary, { widget: 'eg-finding', item: 'quality-not-type', scriptSrc: '/cdn/evidence-guidance.js' });
      const p = await browser.newPage();
      await p.evaluateOnNewDocument(() => {
        (window as unknown as { __cls: number }).__cls = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) if (!e.hadRecentInput) (window as unknown as { __cls: number }).__cls += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await p.goto(page('cls', snippet), { waitUntil: 'load' });
      await p.waitForFunction(() => !!document.querySelector('eg-finding')?.shadowRoot?.querySelector('article'), { timeout: 10000 });
      await new Promise((r) => setTimeout(r, 500));
      const cls = await p.evaluate(() => (window as unknown as { __cls: number }).__cls);
      console.log(`Summed layout shift on upgrade: ${cls.toFixed(4)}`);
      assert.ok(cls < 0.01, `summed layout shift ${cls.toFixed(4)}`);
    } finally {
      await browser.close();
    }
  });
});
