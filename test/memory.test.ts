/**
 * Memory suite: does the JS heap come back after widgets come and go? In the browser tests, as
 * lit-html's memory tests and Spectrum's are (it replaces scripts/soak.ts). Chromium only: the
 * readings come through the DevTools protocol (`eg-memory` in web-test-runner.config.js); in
 * Firefox and WebKit the suite skips and says why. About 30 s. Needs the CDN build
 * (`npm run build`; `npm test` makes it first). Alone: `npm run soak`.
 *
 * On a page that has only the CDN bundle (`cdn/evidence-guidance.js`, which loads the content
 * chunk; the production build, not the development sources), for each widget (the list comes
 * from the code: test/lifecycle-cycles.ts) it runs the same connect/disconnect cycles as
 * test/lifecycle.test.ts: 1000 elements, as a pasted snippet, bare with `summary` and its item,
 * and inline with no `summary`, every tenth rendered while connected and hovered. First, 50
 * cycles of every widget and a reading, for what the page makes once whichever widget comes
 * first (about 200 KB and 381 DOM nodes, kept for the page's life). Then per widget:
 *
 * 1. a warm-up of 200 cycles (not measured), so that most of what is made once and kept by
 *    design is made before the first reading: Lit's template cache, compiled code;
 * 2. full collections, repeated until the heap stops shrinking, after a rendering frame and
 *    100 ms, in rounds until a round frees nothing more (see `read`), then the JS heap (used
 *    bytes, exact) and the renderer's DOM counters (nodes and event listeners);
 * 3. the 1000 cycles, then the same collections and readings again.
 *
 * TOLERANCE, per widget over its 1000 cycles: the JS heap grows by at most 1 MB, and the
 * renderer's DOM nodes by at most 10,000. (The listener count is shown, not judged: listeners
 * on window, document and <html> are counted exactly by test/lifecycle.test.ts.) Why these
 * numbers (Chromium 156, 30 November 2026, measured by scripts/soak.ts, which this suite
 * replaces): clean runs grow by -36 to +45 KB, and `eg-summary` by up to 240 KB; DOM nodes by
 * none, or at worst by about 2,800 while Chromium has not yet let go of a few removed trees.
 * One element kept per cycle adds 2.3 MB and 24,600 nodes for the smallest widget
 * (`eg-glossary-term`), and up to 32 MB and 874,000 nodes (`eg-summary`). The tolerances sit at
 * under half of the smallest leak and at over three times the largest noise.
 *
 * The first test is the suite's self-check: with every removed element kept (as a leaky page or
 * widget would), the smallest widget must be beyond the tolerance.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { loadSummary } from '../src/content/registry.js';
import type { Summary } from '../src/content/types.js';
import { connectDisconnect, CYCLES, cycleVariants, WIDGET_TAGS } from './lifecycle-cycles.js';

/** The most a widget's 1000 cycles may grow the JS heap (bytes), after full collections. */
const HEAP_TOLERANCE = 1024 * 1024;
/** The most a widget's 1000 cycles may grow the renderer's count of DOM nodes, after full collections. */
const NODE_TOLERANCE = 10_000;
const SETTLE_EVERY = 10;
/** Cycles of each widget before its first reading. */
const WARM_UP = 200;
/** Cycles of every widget before anything is measured. */
const PAGE_WARM_UP = 50;
const CDN_BUNDLE = '/cdn/evidence-guidance.js';

interface Reading {
  heap: number;
  nodes: number;
  listeners: number;
}

const frameAnd100ms = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100)));

/**
 * The heap and DOM counters once the page has let go of what it will: rounds of a rendering
 * frame, 100 ms and full collections, until a round frees nothing more. (Chromium holds removed
 * nodes for a while: read at once, up to four whole `eg-summary` trees show as retained.)
 */
async function read(): Promise<Reading> {
  let last: Reading | undefined;
  for (let round = 0; round < 8; round++) {
    await frameAnd100ms();
    const reading = (await executeServerCommand('eg-memory')) as Reading;
    if (last && reading.heap >= last.heap - 1024 && reading.nodes >= last.nodes) return reading.heap < last.heap ? reading : last;
    last = reading;
  }
  return last!;
}

const kb = (n: number) => `${n >= 0 ? '' : '-'}${(Math.abs(n) / 1024).toFixed(1)} KB`;
const signed = (n: number) => `${n >= 0 ? '+' : ''}${n}`;

describe('memory: 1000 connect/disconnect cycles of each widget, heap after full collections', function () {
  this.timeout(180_000);
  let summary: Summary;
  let parent: HTMLElement;
  /**
   * One widget's cycles; returns the readings before and after. The warnings widgets write to the
   * console (an inline rating with no level) are counted, not logged: the test runner keeps every
   * logged message, which a reader's page does not, and that would show as heap growth.
   */
  const measure = async (tag: string, retained?: Element[]) => {
    const warn = console.warn;
    let warnings = 0;
    console.warn = () => void warnings++;
    try {
      await connectDisconnect(parent, tag, cycleVariants(summary, tag as never), WARM_UP, SETTLE_EVERY);
      const before = await read();
      await connectDisconnect(parent, tag, cycleVariants(summary, tag as never), CYCLES, SETTLE_EVERY, retained);
      const after = await read();
      return { before, after, warnings, heap: after.heap - before.heap, nodes: after.nodes - before.nodes, listeners: after.listeners - before.listeners };
    } finally {
      console.warn = warn;
    }
  };
  const beyond = (m: { heap: number; nodes: number }) => m.heap > HEAP_TOLERANCE || m.nodes > NODE_TOLERANCE;

  before(async function () {
    const probeReading = (await executeServerCommand('eg-memory')) as Reading | { unavailable: string };
    if ('unavailable' in probeReading) {
      console.log(`memory suite skipped: ${probeReading.unavailable} (Chromium only, through the DevTools protocol)`);
      this.skip();
    }
    const response = await fetch(CDN_BUNDLE, { method: 'HEAD' });
    if (!response.ok) throw new Error(`${CDN_BUNDLE} is missing (${response.status}): run \`npm run build\` first.`);
    // The production CDN bundle defines every widget; nothing else in this page does.
    await import(/* @vite-ignore */ CDN_BUNDLE);
    await Promise.all(WIDGET_TAGS.map((t) => customElements.whenDefined(t)));
    summary = await loadSummary('early-years-integration');
    parent = document.createElement('main');
    document.body.append(parent);
    // The widgets render content (the content chunk loads), so the cycles measure what readers get.
    const probe = document.createElement('eg-finding');
    probe.setAttribute('summary', summary.meta.id);
    probe.setAttribute('finding', summary.findings[0]!.id);
    parent.append(probe);
    for (let i = 0; i < 200 && !probe.shadowRoot?.querySelector('article'); i++) await new Promise((r) => setTimeout(r, 50));
    expect(probe.shadowRoot?.querySelector('article'), '<eg-finding> renders its content from the CDN build').to.exist;
    probe.remove();
    // What the page makes once, whichever widget comes first: made here.
    const warn = console.warn;
    console.warn = () => {};
    try {
      for (const tag of WIDGET_TAGS) await connectDisconnect(parent, tag, cycleVariants(summary, tag), PAGE_WARM_UP, SETTLE_EVERY);
    } finally {
      console.warn = warn;
    }
    await read();
  });

  it('catches a leak: eg-glossary-term with every removed element kept is beyond the tolerance', async () => {
    const kept: Element[] = [];
    const leak = await measure('eg-glossary-term', kept);
    expect(kept).to.have.length(CYCLES);
    console.log(`self-check, eg-glossary-term with every element kept: heap ${kb(leak.heap)}, DOM nodes ${signed(leak.nodes)}`);
    expect(beyond(leak), `heap ${kb(leak.heap)}, nodes ${signed(leak.nodes)}`).to.be.true;
    kept.length = 0;
    await read();
  });

  it('every widget gives its memory back: heap growth within 1 MB and DOM nodes within 10,000', async () => {
    const rows: string[][] = [];
    const failed: string[] = [];
    for (const tag of WIDGET_TAGS) {
      const m = await measure(tag);
      const ok = !beyond(m);
      if (!ok) failed.push(`${tag}: heap ${kb(m.heap)}, DOM nodes ${signed(m.nodes)}`);
      rows.push([tag, kb(m.before.heap), kb(m.after.heap), kb(m.heap), signed(m.nodes), signed(m.listeners), String(m.warnings), ok ? 'ok' : 'FAIL']);
    }
    const head = ['widget', 'heap before', 'heap after', 'delta', 'DOM nodes', 'listeners', 'warnings', ''];
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
    console.log(
      [
        `${CYCLES} connect/disconnect cycles per widget; heap after full collections (${navigator.userAgent.match(/Chrome\/[\d.]+/)?.[0] ?? navigator.userAgent})`,
        line(head),
        `|${widths.map((w, i) => (i === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`,
        ...rows.map(line),
        `Tolerance per widget: heap growth <= ${kb(HEAP_TOLERANCE)}, DOM nodes <= +${NODE_TOLERANCE}.`,
      ].join('\n'),
    );
    expect(failed, `beyond the tolerance:\n${failed.join('\n')}`).to.deep.equal([]);
  });
});
