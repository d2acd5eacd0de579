/**
 * `src`: a summary a council writes as its own Markdown file, shown by the widgets with no
 * build step. Files come from test/fixtures/src/ (a valid English summary, a valid Welsh
 * one, one with mistakes), straight from the dev server or through the fault endpoints of
 * test/wtr/source-faults.js (404, a dropped connection, a slow server, HTML, files over the
 * size limit, a file its author then fixes).
 *
 * Each fault: the visible message in the library's words, no axe violation, one console
 * warning, a "Try again" button that recovers once the fault is gone, and no unhandled
 * promise rejection anywhere in the file (a window listener counts them).
 */
import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import '../src/define.js';
import { loadSummaryFrom } from '../src/content/registry.js';
import { en } from '../src/internal/locale/en.js';
import { SOURCE_MESSAGES } from '../src/content/source-messages.js';
import { cy } from '../src/internal/locale/cy.js';
import { captureWarnings, isLoading, shadowText, until } from './helpers.js';
import { allWidgetsReady, axeViolations, composedElements } from './page-helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown>; src?: string; summary?: string };

const FIXTURES = '/test/fixtures/src';
let keys = 0;
/** A fault endpoint: `modes` for successive requests (see test/wtr/source-faults.js), for a fresh key. */
const faults = (modes: string, file = 'our-summary.md') => {
  const key = `k${Date.now().toString(36)}-${++keys}`;
  return { url: `/eg-faults/${key}/${modes}/${file}`, requests: () => requestsFor(key), fix: () => fetch(`/eg-faults-fix/${key}`) };
};
async function requestsFor(key: string): Promise<number> {
  const r = await fetch(`/eg-faults-count/${key}`);
  return ((await r.json()) as { requests: number }).requests;
}

const rejections: unknown[] = [];
const onRejection = (e: PromiseRejectionEvent) => rejections.push(e.reason);

/** Waits until `el` is neither busy nor empty. */
const settled = (el: Widget, timeout = 15000) => until(() => !isLoading(el) && !!el.shadowRoot?.querySelector('*'), timeout);
/** Waits until `el` and every widget inside it have rendered their content or a problem. */
async function ready(el: Widget): Promise<void> {
  await settled(el);
  await allWidgetsReady(el, 15000);
}
const problem = (el: Widget) => el.shadowRoot!.querySelector('[part="problem"]');
const tryAgain = (el: Widget) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="problem"] button');

async function accessible(el: Element): Promise<void> {
  const violations = await axeViolations(el);
  expect(violations, violations.join('\n')).to.deep.equal([]);
}

/**
 * The whole story of one fault: the widget shows `message` (and not the content) in an
 * accessible problem box, warns once in the console, and "Try again" loads the file once
 * the fault is gone.
 */
async function expectFaultThenRetry(src: string, message: string, attrs: Record<string, string> = {}, beforeRetry?: () => Promise<unknown>): Promise<Widget> {
  const warnings = captureWarnings();
  try {
    const el = document.createElement('eg-finding') as Widget;
    for (const [k, v] of Object.entries({ finding: 'graded-finding', ...attrs, src })) el.setAttribute(k, v);
    await fixture(el);
    await settled(el);
    expect(problem(el), shadowText(el)).to.exist;
    expect(shadowText(el)).to.contain(en.somethingWentWrong);
    expect(shadowText(el)).to.contain(message);
    expect(shadowText(el)).not.to.contain('Family hubs that combine services work best');
    await accessible(el);
    expect(warnings.calls.length, warnings.calls.join('\n')).to.equal(1);
    expect(warnings.calls[0]).to.contain('<eg-finding>');
    expect(warnings.calls[0]).to.contain(new URL(src, document.baseURI).href);

    await beforeRetry?.();
    tryAgain(el)!.click();
    await until(() => !problem(el), 15000);
    await ready(el);
    expect(shadowText(el)).to.contain('Family hubs that combine services work best');
    await accessible(el);
    return el;
  } finally {
    warnings.restore();
  }
}

describe('src: a summary from a Markdown file', function () {
  this.timeout(30000);

  before(() => window.addEventListener('unhandledrejection', onRejection));
  after(() => window.removeEventListener('unhandledrejection', onRejection));
  afterEach(async () => {
    // Rejection events are queued as tasks: give them a moment before checking.
    await new Promise((r) => setTimeout(r, 50));
    expect(rejections.splice(0).map(String), 'unhandled promise rejections').to.deep.equal([]);
  });

  describe('a valid file', () => {
    it('shows a whole summary from the file with eg-summary, every section rendered from it, with no axe violation', async () => {
      const el = await fixture<Widget>(html`<eg-summary src="${FIXTURES}/our-summary.md"></eg-summary>`);
      await ready(el);
      const text = shadowText(el);
      expect(text).to.contain('Our own summary of family hubs');
      // Every section shows the same file's items, not a problem.
      expect(text).to.contain('Family hubs that combine services work best');
      expect(text).to.contain('Staffing levels should match case-loads');
      expect(text).to.contain('Example District Council');
      const problems = composedElements(el).filter((e) => e.matches('[part="problem"]'));
      expect(problems.map((p) => p.textContent), 'no widget shows a problem').to.deep.equal([]);
      await accessible(el);
    });

    it('takes src on the other widgets that take summary; src wins when both are set', async () => {
      const el = await fixture<Widget>(
        html`<eg-finding summary="early-years-integration" src="${FIXTURES}/our-summary.md" finding="graded-finding"></eg-finding>`,
      );
      await ready(el);
      expect(shadowText(el)).to.contain('Family hubs that combine services work best');
      expect(el.shadowRoot!.querySelector('[part="rating"]')!.textContent).to.contain('robust evidence');
      const list = await fixture<Widget>(html`<eg-references src="${FIXTURES}/our-summary.md"></eg-references>`);
      await ready(list);
      expect(shadowText(list)).to.contain('Surname, A.');
    });

    it('checks the other attributes as with summary (an item without summary, a bad min-level)', async () => {
      const warnings = captureWarnings();
      try {
        const finding = await fixture<Widget>(html`<eg-finding src="${FIXTURES}/our-summary.md" finding="no-such-finding"></eg-finding>`);
        await ready(finding);
        expect(shadowText(finding)).to.contain(en.itemNotFound(en.kind.finding, 'no-such-finding', 'our-summary'));
        expect(shadowText(finding)).not.to.contain(en.missingAttribute('eg-finding', 'summary'));
        const list = await fixture<Widget>(html`<eg-key-findings src="${FIXTURES}/our-summary.md" min-level="bogus"></eg-key-findings>`);
        await ready(list);
        expect(shadowText(list)).to.contain(en.invalidLevel('bogus'));
      } finally {
        warnings.restore();
      }
    });

    it('resolves a relative src against the document base URL, as an <img src> would', async () => {
      const { url, requests } = faults('ok');
      const relative = url.slice(1); // eg-faults/...: relative to the page, which is at the server's root
      const el = await fixture<Widget>(html`<eg-evidence-caveat src=${relative}></eg-evidence-caveat>`);
      await settled(el);
      expect(shadowText(el)).to.contain('How strong the evidence is overall.');
      // The same file by its absolute URL: already loaded, no second request.
      const summary = await loadSummaryFrom(new URL(relative, document.baseURI).href);
      expect(summary.meta.id).to.equal('our-summary');
      expect(await requests()).to.equal(1);
    });

    it('accepts text/plain as well as text/markdown', async () => {
      const { url } = faults('plain');
      const el = await fixture<Widget>(html`<eg-evidence-gaps src=${url}></eg-evidence-gaps>`);
      await settled(el);
      expect(shadowText(el)).to.contain('More rigorous studies');
    });

    it('fetches a file once for every widget on the page that shows it, and renders a later one at once', async () => {
      const { url, requests } = faults('ok');
      const wrap = await fixture<HTMLElement>(html`<div>
        <eg-finding src=${url} finding="graded-finding"></eg-finding>
        <eg-key-findings src=${url}></eg-key-findings>
        <eg-references src=${url}></eg-references>
      </div>`);
      await allWidgetsReady(wrap, 15000);
      expect(await requests()).to.equal(1);
      const later = document.createElement('eg-provenance') as Widget;
      later.setAttribute('src', url);
      wrap.append(later);
      await later.updateComplete;
      expect(isLoading(later), 'no loading state for a file already loaded').to.equal(false);
      expect(shadowText(later)).to.contain('Example District Council');
      expect(await requests()).to.equal(1);
    });

    it('shows a Welsh summary in Welsh, marked lang="cy", with the library’s words in the page’s language', async () => {
      const src = `${FIXTURES}/ein-crynodeb.md`;
      const el = await fixture<Widget>(html`<eg-key-findings src=${src}></eg-key-findings>`);
      await ready(el);
      const finding = el.shadowRoot!.querySelector('[part="finding"]')!;
      expect(finding.textContent).to.contain('Mae hybiau sy’n cyfuno gwasanaethau yn gweithio orau');
      expect(finding.querySelector('[part="rating"]')!.textContent).to.contain('tystiolaeth gadarn');
      const statement = finding.querySelector('[part="statement"]')!;
      expect(statement.closest('[lang]')?.getAttribute('lang')).to.equal('cy');
      // An English page: the library's own words are English.
      expect(shadowText(el)).to.contain(en.keyFindings);

      const welsh = await fixture<HTMLElement>(html`<div lang="cy"><eg-key-findings src=${src}></eg-key-findings></div>`);
      const inWelsh = welsh.querySelector<Widget>('eg-key-findings')!;
      await ready(inWelsh);
      expect(shadowText(inWelsh)).to.contain(cy.keyFindings);
      await accessible(welsh);
    });
  });

  describe('faults, each with a visible message and a retry', () => {
    it('404: names the status', async () => {
      await expectFaultThenRetry(faults('404,ok').url, SOURCE_MESSAGES.en.status('404'));
    });

    it('a dropped connection (network error)', async () => {
      // A browser may itself retry a request whose connection dropped, so the fault stays until fixed.
      const fault = faults('reset');
      await expectFaultThenRetry(fault.url, SOURCE_MESSAGES.en.network, {}, fault.fix);
    });

    it('a server nothing listens on (network error)', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<Widget>(html`<eg-provenance src="http://127.0.0.1:9/our-summary.md"></eg-provenance>`);
        await settled(el);
        expect(shadowText(el)).to.contain(SOURCE_MESSAGES.en.network);
        expect(tryAgain(el)).to.exist;
        await accessible(el);
        expect(warnings.calls.length).to.equal(1);
        expect(warnings.calls[0]).to.match(/could not be fetched.*CORS.*connect-src/s);
      } finally {
        warnings.restore();
      }
    });

    it('a timeout (src-timeout), then a fast answer', async () => {
      const started = performance.now();
      const el = await expectFaultThenRetry(faults('slow,ok').url, SOURCE_MESSAGES.en.timeout('0.3'), { 'src-timeout': '300' });
      expect(el.getAttribute('src-timeout')).to.equal('300');
      expect(performance.now() - started, 'gave up at the timeout, not when the server answered').to.be.below(3000);
    });

    it('the default timeout is 10 seconds', async () => {
      const { DEFAULT_TIMEOUT, DEFAULT_MAX_BYTES } = await import('../src/runtime/markdown-source.js');
      expect(DEFAULT_TIMEOUT).to.equal(10_000);
      expect(DEFAULT_MAX_BYTES).to.equal(256 * 1024);
    });

    it('a content type other than text/markdown or text/plain: names it', async () => {
      await expectFaultThenRetry(faults('html,ok').url, SOURCE_MESSAGES.en.type('text/html'));
    });

    it('a file declaring more than 256 KB: stops at the Content-Length, without waiting for the body', async () => {
      // The server declares 300 KB, sends 1 KB and stalls: only the header can say it is too big.
      const started = performance.now();
      await expectFaultThenRetry(faults('big,ok').url, SOURCE_MESSAGES.en.size('256 KB'));
      expect(performance.now() - started).to.be.below(8000);
    });

    it('a file over 256 KB with no Content-Length: stops while reading', async () => {
      const { url, requests } = faults('stream,ok');
      await expectFaultThenRetry(url, SOURCE_MESSAGES.en.size('256 KB'));
      expect(await requests()).to.equal(2);
    });

    it('a smaller limit set with src-max-bytes', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<Widget>(html`<eg-finding src-max-bytes="1000" finding="graded-finding" src=${faults('ok').url}></eg-finding>`);
        await settled(el);
        expect(shadowText(el)).to.contain(SOURCE_MESSAGES.en.size('1000 bytes'));
        expect(warnings.calls[0]).to.contain('src-max-bytes');
      } finally {
        warnings.restore();
      }
    });

    it('renders what the server sent as text, never as HTML', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<Widget>(html`<eg-finding finding="graded-finding" src=${faults('evil').url}></eg-finding>`);
        await settled(el);
        expect(shadowText(el)).to.contain(SOURCE_MESSAGES.en.type('text/<img src=x onerror=alert(1)>'));
        expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      } finally {
        warnings.restore();
      }
    });

    it('a file on another origin follows CORS: refused without Access-Control-Allow-Origin, shown with it', async () => {
      const other = new URL(location.href);
      other.hostname = other.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
      const warnings = captureWarnings();
      try {
        const refused = await fixture<Widget>(html`<eg-provenance src=${new URL(faults('ok').url, other).href}></eg-provenance>`);
        await settled(refused);
        expect(shadowText(refused)).to.contain(SOURCE_MESSAGES.en.network);
        const allowed = await fixture<Widget>(html`<eg-provenance src=${new URL(faults('cors').url, other).href}></eg-provenance>`);
        await settled(allowed);
        expect(shadowText(allowed)).to.contain('Example District Council');
      } finally {
        warnings.restore();
      }
    });
  });

  describe('a file with mistakes', () => {
    async function linesOf(): Promise<string[]> {
      return (await (await fetch(`${FIXTURES}/mistakes.md`)).text()).split('\n');
    }

    it('shows a short public message, the author’s list (line, message, fix) in a disclosure, and the full list in the console', async () => {
      const lines = await linesOf();
      const lineOf = (text: string) => lines.findIndex((l) => l.includes(text)) + 1;
      const { url } = faults('mistakes,ok');
      const warnings = captureWarnings();
      let el: Widget;
      try {
        el = await fixture<Widget>(html`<eg-summary src=${url}></eg-summary>`);
        await settled(el);
        const box = problem(el)!;
        expect(box).to.exist;
        expect(shadowText(el)).to.contain(SOURCE_MESSAGES.en.invalid);
        const details = box.querySelector('details')!;
        expect(details.open).to.equal(false);
        expect(details.querySelector('summary')!.textContent).to.equal(SOURCE_MESSAGES.en.details);
        const items = [...details.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
        // From the real parser, validator and the browser's sanitizer, with the author's line numbers.
        const expected: Array<[string, RegExp]> = [
          ['level: very-strong', /Unknown evidence level "very-strong" in finding "graded-finding"\. Fix: Use one of: strong, moderate/],
          ['<img src=x', /Content that the allow-list rejects: the element "<img"\. Fix: Write plain Markdown/],
          ['javascript:alert(1)', /Content that the allow-list rejects: the link "javascript:alert\(1\)" \(scheme javascript:\)\. Fix:/],
          ['colour: red', /Unknown field "colour" in stakeholder-views item "a-view"\. Fix: Use only: holders, sources\./],
          ['{#<b>notes</b>}', /Unknown section "<b>notes<\/b>"\. Fix: End the heading with one of/],
          ['A section the format does not have.', /Text appears outside a known section\./],
        ];
        expect(items.length, items.join('\n')).to.equal(expected.length);
        expected.forEach(([text, pattern], i) => {
          expect(items[i]).to.match(new RegExp(`^Line ${lineOf(text)}: `), items[i]);
          expect(items[i]).to.match(pattern);
        });
        // The author's own text is text: no element from the file reached the page.
        expect(details.querySelector('b, img')).to.equal(null);
        expect(details.querySelector('ul')!.getAttribute('lang')).to.equal('en');
        details.open = true;
        await accessible(el);
        // Console: one warning with every problem, as file:line: message Fix: fix.
        expect(warnings.calls.length).to.equal(1);
        const logged = warnings.calls[0]!;
        expect(logged).to.contain('6 problems');
        for (const [text] of expected) expect(logged).to.contain(`${new URL(url, document.baseURI).href}:${lineOf(text)}: `);
      } finally {
        warnings.restore();
      }
      // The author fixes the file; "Try again" shows it.
      tryAgain(el)!.click();
      await until(() => !problem(el), 15000);
      await ready(el);
      expect(shadowText(el)).to.contain('Our own summary of family hubs');
    });

    it('says the same in Welsh on a Welsh page, with the author’s list in English (lang="en")', async () => {
      const warnings = captureWarnings();
      try {
        const wrap = await fixture<HTMLElement>(html`<div lang="cy"><eg-finding finding="graded-finding" src=${faults('mistakes').url}></eg-finding></div>`);
        const el = wrap.querySelector<Widget>('eg-finding')!;
        await settled(el);
        expect(shadowText(el)).to.contain(SOURCE_MESSAGES.cy.invalid);
        expect(shadowText(el)).to.contain(SOURCE_MESSAGES.cy.details);
        expect(shadowText(el)).to.contain(cy.tryAgain);
        await accessible(wrap);
      } finally {
        warnings.restore();
      }
    });
  });
});
