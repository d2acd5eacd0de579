/**
 * Lifecycle: a widget leaves nothing behind on the page once it is removed. For every widget
 * (the list comes from the code, and is checked against custom-elements.json), 1000
 * connect/disconnect cycles (as a pasted snippet, bare with `summary` and its item, and inline
 * with no `summary`; every tenth rendered while connected, hovered and unhovered) leave no
 * event listener on `window`, `document` or `<html>`, no observer observing, and no timer.
 * The counting (test/leak-probe.ts) wraps the platform's methods to observe the real library
 * code; the first tests show that it catches a leak, and each widget's test that it saw the
 * library's own registrations.
 */
import { expect } from '@open-wc/testing';
import '../src/define.js';
import { loadSummary } from '../src/content/registry.js';
import type { Summary } from '../src/content/types.js';
import { startProbe, type LeakReport } from './leak-probe.js';
import { connectDisconnect, CYCLES, cycleVariants, WIDGET_TAGS } from './lifecycle-cycles.js';

const CLEAN: LeakReport = { listeners: [], handlers: [], observed: [], intervals: 0, timeouts: 0 };

describe('lifecycle', function () {
  this.timeout(20000);

  describe('the leak probe', () => {
    it('counts a listener left on document, window or <html>, and not one that was removed', () => {
      const kept = () => {};
      const removed = () => {};
      const aborted = new AbortController();
      const probe = startProbe();
      try {
        document.addEventListener('keydown', kept);
        window.addEventListener('resize', kept, { passive: true });
        document.documentElement.addEventListener('click', kept, true);
        document.addEventListener('keydown', removed);
        document.removeEventListener('keydown', removed);
        // A remove must match the capture flag of the add, as the platform requires.
        document.addEventListener('keyup', removed, { capture: true });
        document.removeEventListener('keyup', removed);
        document.addEventListener('scroll', removed, { signal: aborted.signal });
        aborted.abort();
        const report = probe.report();
        expect(report.listeners).to.have.length(4);
        expect(report.listeners.join('\n')).to.contain('document keydown (bubble)').and.contain('window resize (bubble)')
          .and.contain('<html> click (capture)').and.contain('document keyup (capture)');
        expect(report.listeners.join('\n')).not.to.contain('scroll');
      } finally {
        probe.stop();
        document.removeEventListener('keydown', kept);
        window.removeEventListener('resize', kept);
        document.documentElement.removeEventListener('click', kept, true);
        document.removeEventListener('keyup', removed, true);
      }
      expect(EventTarget.prototype.addEventListener.toString(), 'restored').to.contain('[native code]');
    });

    it('counts an observer left observing, an interval left running and a timeout still pending', async () => {
      const probe = startProbe();
      const observer = new MutationObserver(() => {});
      const done = new MutationObserver(() => {});
      let interval = 0;
      let timeout = 0;
      try {
        observer.observe(document.documentElement, { attributes: true });
        done.observe(document.body, { childList: true });
        done.disconnect();
        interval = setInterval(() => {}, 1000) as unknown as number;
        timeout = setTimeout(() => {}, 10000) as unknown as number;
        await new Promise((r) => setTimeout(r, 0)); // one that ran is not pending
        expect(probe.report()).to.deep.equal({ ...CLEAN, observed: ['MutationObserver on <html>'], intervals: 1, timeouts: 1 });
      } finally {
        probe.stop();
        observer.disconnect();
        clearInterval(interval);
        clearTimeout(timeout);
      }
    });

    it('counts an on... handler property set on window or document', () => {
      const probe = startProbe();
      try {
        window.onresize = () => {};
        expect(probe.report().handlers).to.deep.equal(['window.onresize']);
      } finally {
        probe.stop();
        window.onresize = null;
      }
    });
  });

  it('covers every widget in custom-elements.json', async function () {
    const response = await fetch('/custom-elements.json');
    if (!response.ok) {
      console.log('Skipped: custom-elements.json is not built (npm run build makes it; npm test builds first).');
      this.skip();
    }
    const manifest = (await response.json()) as { modules: Array<{ declarations?: Array<{ tagName?: string }> }> };
    const tags = manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : []));
    expect([...WIDGET_TAGS].sort()).to.deep.equal([...new Set(tags)].sort());
  });

  describe(`${CYCLES} connect/disconnect cycles of each widget`, () => {
    let summary: Summary;
    let parent: HTMLElement;
    before(async () => {
      summary = await loadSummary('early-years-integration');
      parent = document.createElement('div');
      document.body.append(parent);
    });
    after(() => parent.remove());

    for (const tag of WIDGET_TAGS) {
      it(`<${tag}> leaves no listener on window, document or <html>, no observer and no timer`, async () => {
        expect(customElements.get(tag), `<${tag}> is defined`).to.not.equal(undefined);
        const variants = cycleVariants(summary, tag);
        // Widgets without summary, or with content they cannot show, warn once each: not what this test is about.
        const warn = console.warn;
        console.warn = () => {};
        const probe = startProbe();
        let report: LeakReport;
        try {
          await connectDisconnect(parent, tag, variants, CYCLES, 10);
          report = probe.report();
        } finally {
          probe.stop();
          console.warn = warn;
        }
        expect(report).to.deep.equal(CLEAN);
        expect(parent.childElementCount, 'every widget was removed').to.equal(0);
        // The probe saw the library's own registrations: every widget's language observer
        // (one for the page while any widget is connected), and a glossary term's document listener.
        expect(probe.peak.observed, 'the language observer was seen').to.be.greaterThan(0);
        if (tag === 'eg-glossary-term') expect(probe.peak.listeners, 'an open definition listens on document').to.be.greaterThan(0);
      });
    }
  });
});
