/*
 * In-page harness for the host page tests (test/node/host-pages.test.ts), installed as a
 * preload script before any of the page's own scripts run. Preload scripts are run by
 * the browser's automation protocol (CDP or WebDriver BiDi) and are not subject to the
 * page's Content-Security-Policy, so this file never weakens the page under test.
 *
 * Plain JavaScript on purpose: tsx rewrites named functions in TypeScript with a
 * `__name()` helper that does not exist in the page, so in-page code lives here and is
 * sent to the browser as text.
 *
 * It records from the very start of the page:
 * - every `securitypolicyviolation` event (CSP and Trusted Types), with its directive;
 * - uncaught errors, unhandled rejections and resources that fail to load.
 * and exposes helpers on `window.__egHarness` for the test to call.
 */
(() => {
  if (window.__egHarness) return;
  const cspViolations = [];
  const errors = [];

  window.addEventListener(
    'securitypolicyviolation',
    (e) => {
      cspViolations.push({
        directive: e.effectiveDirective || e.violatedDirective,
        blockedURI: e.blockedURI,
        sample: e.sample,
        source: `${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
        disposition: e.disposition,
      });
    },
    true,
  );
  window.addEventListener(
    'error',
    (e) => {
      // Capturing on window also sees resources that fail to load (they do not bubble).
      const t = e.target;
      if (t instanceof Element) errors.push(`Failed to load <${t.localName}> ${t.getAttribute('src') || t.getAttribute('href') || ''}`);
      else errors.push(String(e.error || e.message));
    },
    true,
  );
  window.addEventListener('unhandledrejection', (e) => errors.push(`Unhandled rejection: ${String(e.reason)}`));

  /** Children in the composed tree: a host's shadow children, a slot's assigned nodes. */
  const composedChildren = (node) => {
    if (node instanceof HTMLSlotElement) {
      const assigned = node.assignedNodes({ flatten: true });
      return assigned.length ? assigned : [...node.childNodes];
    }
    if (node instanceof Element && node.shadowRoot) return [...node.shadowRoot.childNodes];
    return [...node.childNodes];
  };

  /** Every element in the composed tree under `root`, in order. */
  const composedElements = (root) => {
    const out = [];
    const walk = (n) => {
      for (const c of composedChildren(n)) {
        if (c instanceof Element) {
          out.push(c);
          walk(c);
        }
      }
    };
    walk(root);
    return out;
  };

  const widgets = () => composedElements(document.documentElement).filter((el) => el.localName.startsWith('eg-'));

  /** The theme a widget asked for: its `theme` attribute or the nearest `data-eg-theme` (as the library reads it). */
  const requestedTheme = (el) => {
    if (el.hasAttribute('theme')) return el.getAttribute('theme').trim();
    for (let n = el.parentNode; n; n = n.parentNode || n.host || null) {
      if (n.nodeType === Node.ELEMENT_NODE && n.hasAttribute('data-eg-theme')) return n.getAttribute('data-eg-theme').trim();
    }
    return '';
  };

  /** True when a theme's sheet (one that sets `--eg-color-accent`) is adopted into the widget's shadow root. */
  const themeAdopted = (el) =>
    el.shadowRoot.adoptedStyleSheets.some((sheet) =>
      [...sheet.cssRules].some((rule) => rule.style && rule.style.getPropertyValue('--eg-color-accent') !== ''),
    );

  /**
   * True while the widget's content loads: its custom state `loading` (a widget puts no
   * attribute on its host for it). An engine without `:state()` throws on the selector: then
   * the widget's own load status.
   */
  const loading = (w) => {
    try {
      return w.matches(':state(loading)');
    } catch {
      return w.content?.status === 'loading';
    }
  };

  /** Why a widget is not ready yet, or '' when it is. */
  const notReady = (w) => {
    if (!customElements.get(w.localName)) return 'not defined';
    if (!w.shadowRoot) return 'no shadow root';
    if (loading(w)) return 'busy';
    if (w.shadowRoot.querySelector('.loading')) return 'loading';
    const theme = requestedTheme(w);
    if (theme && !themeAdopted(w)) return `theme ${theme} not adopted`;
    return '';
  };

  const frame = () => new Promise((ok) => requestAnimationFrame(() => ok()));

  /**
   * Waits until every eg-* element in the composed tree is defined, rendered, not busy,
   * not showing "Loading", and has adopted the theme it asked for.
   */
  const ready = async (timeout = 15000) => {
    const start = performance.now();
    for (;;) {
      const all = widgets();
      await Promise.all(all.map((w) => w.updateComplete));
      const waiting = all
        .map((w) => ({ w, why: notReady(w) }))
        .filter((x) => x.why)
        .map((x) => `${x.w.localName} (${x.why})`);
      if (all.length > 0 && waiting.length === 0) {
        await frame();
        await frame();
        if (widgets().length === all.length) return all.length;
      }
      if (performance.now() - start > timeout) {
        throw new Error(`Widgets not ready after ${timeout} ms: ${waiting.join(', ') || 'none on the page'}`);
      }
      await new Promise((ok) => setTimeout(ok, 25));
    }
  };

  /**
   * The computed styles of every host element: `html`, `body` and everything in `body`
   * that is not an eg-* element or inside one (light-DOM children of a widget are the
   * widget's content). Standard properties come from enumerating the computed style;
   * custom properties from that enumeration plus every custom property the page's
   * stylesheets (linked, inline and adopted) and style attributes declare.
   *
   * While reading, `html` is taken out of rendering (display: none, restored after):
   * getComputedStyle then returns computed values for the properties whose resolved value
   * is otherwise a used value (width, height, margins, padding, insets, line-height,
   * transform-origin...). Those depend on layout: the widgets' content makes the page
   * taller and adds a scrollbar, which is not a style leak. Computed values are what a
   * leaked rule (a global stylesheet, a theme setting a standard property) would change.
   */
  const hostStyles = () => {
    const root = document.documentElement;
    const before = [root.style.getPropertyValue('display'), root.style.getPropertyPriority('display')];
    const declared = new Set();
    const collect = (rules) => {
      for (const rule of rules) {
        if (rule.style) for (const p of rule.style) if (p.startsWith('--')) declared.add(p);
        if (rule.cssRules) collect(rule.cssRules);
      }
    };
    for (const sheet of [...document.styleSheets, ...document.adoptedStyleSheets]) {
      try {
        collect(sheet.cssRules);
      } catch {
        // A cross-origin sheet: none on these pages.
      }
    }
    // Custom properties set in style attributes or through element.style, on any element.
    for (const el of document.querySelectorAll('[style]')) for (const p of el.style) if (p.startsWith('--')) declared.add(p);
    root.style.setProperty('display', 'none', 'important');
    try {
      const out = [];
      const visit = (el) => {
        if (el.localName.startsWith('eg-') || el.localName === 'head') return;
        const cs = getComputedStyle(el);
        const standard = {};
        const custom = {};
        for (let i = 0; i < cs.length; i++) {
          const p = cs[i];
          if (p.startsWith('--')) custom[p] = cs.getPropertyValue(p).trim();
          else standard[p] = cs.getPropertyValue(p);
        }
        for (const p of declared) custom[p] = cs.getPropertyValue(p).trim();
        const cls = el.getAttribute('class');
        out.push({
          label: `${el.localName}${el.id ? `#${el.id}` : ''}${cls ? `.${cls.trim().split(/\s+/).join('.')}` : ''}`,
          standard,
          custom,
        });
        for (const c of el.children) visit(c);
      };
      visit(root);
      return out;
    } finally {
      if (before[0]) root.style.setProperty('display', before[0], before[1]);
      else root.style.removeProperty('display');
      if (root.getAttribute('style') === '') root.removeAttribute('style');
    }
  };

  /** The first element matching each selector in turn, each looked up in the previous match's shadow root. */
  const deep = (...selectors) => {
    let scope = document;
    let el = null;
    for (const s of selectors) {
      el = scope.querySelector(s);
      if (!el) return null;
      scope = el.shadowRoot || el;
    }
    return el;
  };

  /** Some computed style properties of a deep element (see `deep`), or null when it is missing. */
  const styleOf = (selectors, props) => {
    const el = deep(...selectors);
    if (!el) return null;
    const cs = getComputedStyle(el);
    return Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p).trim()]));
  };

  /** A custom property's value on an element of the page, as written (e.g. `--color-accent` on `body`). */
  const customValue = (selector, prop) => getComputedStyle(document.querySelector(selector)).getPropertyValue(prop).trim();

  /** Runs axe-core (already evaluated into the page by the test) on the whole document. */
  const axe = async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.flatMap((v) =>
      v.nodes.map((n) => `${v.id}: ${v.help} at ${JSON.stringify(n.target)}${n.failureSummary ? ` (${n.failureSummary.replace(/\s+/g, ' ')})` : ''}`),
    );
  };

  /** Opens every disclosure and glossary definition, so axe checks their content too. */
  const openEverything = async () => {
    for (const el of composedElements(document.documentElement)) {
      if (el instanceof HTMLDetailsElement) el.open = true;
      if (el.localName === 'eg-glossary-term' && typeof el.show === 'function') el.show();
    }
    await Promise.all(widgets().map((w) => w.updateComplete));
    await frame();
  };

  /** The levels of the visible headings in the composed tree, in reading order, with their text. */
  const headingOutline = () =>
    composedElements(document.body)
      .filter((el) => /^H[1-6]$/.test(el.tagName) && el.checkVisibility())
      .map((el) => ({ level: Number(el.tagName[1]), text: el.textContent.replace(/\s+/g, ' ').trim().slice(0, 60) }));

  window.__egHarness = {
    cspViolations,
    errors,
    ready,
    hostStyles,
    deep,
    styleOf,
    customValue,
    axe,
    openEverything,
    headingOutline,
    widgetTags: () => [...new Set(widgets().map((w) => w.localName))].sort(),
    problems: () =>
      widgets()
        .filter((w) => w.shadowRoot && w.shadowRoot.querySelector('[part="problem"]'))
        .map((w) => `<${w.localName}>: ${w.shadowRoot.querySelector('[part="problem"]').textContent.replace(/\s+/g, ' ').trim()}`),
  };
})();
