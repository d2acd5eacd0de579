/**
 * How a widget takes over a pasted snippet (see `EgElement.connectedCallback`): loaded on
 * demand, only by a page whose widgets hold snippets.
 */
import type { EgElement } from './eg-element.js';

/** Settles once the page's first contentful paint has reached the screen, and two frames more. */
let painted: Promise<void> | undefined;

/**
 * The top margin a pasted snippet's first elements give it, as their margins collapse into
 * one through each first child (down to one with padding or a border on top).
 */
export function snippetTop(el: Element | null): string {
  let top = 0;
  for (let s: CSSStyleDeclaration; el; el = s.paddingTop == '0px' && s.borderTopWidth == '0px' ? el.firstElementChild : null) {
    s = getComputedStyle(el);
    top = Math.max(top, parseFloat(s.marginTop));
  }
  return `${top}px`;
}

/**
 * Calls `connect` (the widget's own connectedCallback, which attaches the shadow root that
 * hides the snippet) once the page's first contentful paint is on screen and `content` (the
 * widget's summary loading, if it names one) has settled; not if the widget has left the page
 * or connected meanwhile. The widget keeps the snippet's top margin.
 */
export function adoptSnippet(el: EgElement, content: Promise<unknown> | undefined, connect: () => void): void {
  void Promise.all([
    (painted ??= new Promise((resolve) => {
      const frames = () => requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
      // An engine that does not report paints: its first paint is not counted either.
      if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) return frames();
      new PerformanceObserver((list, observer) => {
        if (!list.getEntriesByName('first-contentful-paint')[0]) return;
        observer.disconnect();
        frames();
      }).observe({ type: 'paint', buffered: true });
    })),
    // The content too, so that the first render is the content rather than a loading state.
    content,
  ]).then(() => {
    if (!el.isConnected || el.renderRoot) return;
    // A rule in the widget's own shadow root, added when it first renders (after Lit has adopted
    // its styles), rather than a style attribute on the host: page CSS on the element still wins.
    const top = new CSSStyleSheet();
    top.replaceSync(`:host{margin-top:${snippetTop(el.firstElementChild)}}`);
    const controller = {
      hostUpdated() {
        const root = el.renderRoot as ShadowRoot;
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, top];
        el.removeController(controller);
      },
    };
    el.addController(controller);
    connect();
  });
}
