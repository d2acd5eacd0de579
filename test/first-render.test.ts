/**
 * A lone widget renders at once, also on a page that has only just started (its clock, under
 * 0.1 s): the widgets' slices (see `EgElement.scheduleUpdate`) must not hold back the first.
 * This file runs in a page of its own, so the widgets' module state starts fresh here; the
 * page's clock reads from this file's start, as a page that has just loaded would.
 */
import { expect } from '@open-wc/testing';

await import('../src/components/finding/eg-finding.js');
const now = performance.now.bind(performance);
const start = now();
performance.now = () => now() - start;

describe('the first widget on a page that has just started', () => {
  it('renders without waiting for a frame', async () => {
    expect(performance.now(), 'the page clock').to.be.below(99);
    let frames = 0;
    let ticking = true;
    const tick = () => {
      frames++;
      if (ticking) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    const el = document.createElement('eg-finding') as HTMLElement & { updateComplete: Promise<boolean>; hasUpdated: boolean };
    el.setAttribute('summary', ''); // a CMS field left empty: the widget shows a message
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(el.hasUpdated).to.equal(true);
      expect(frames, 'frames before its first render').to.equal(0);
    } finally {
      ticking = false;
      el.remove();
    }
  });
});
