/**
 * Some CMS editors strip unknown elements such as `<eg-finding>`. Their pages can mark a
 * plain wrapper instead: `<div data-eg-widget="finding" data-summary="..." data-finding="...">`
 * with the snippet's readable HTML inside. When the script loads, each wrapper gets the real
 * element, with the wrapper's content inside it, so it upgrades the same way the custom
 * element does.
 *
 * The rule (SECURITY.md, "Wrappers"): a `data-<name>` of the wrapper becomes the widget's
 * `<name>` only when the widget declares `<name>` (its class's observed attributes, the `src`
 * limits of a widget that takes `src`, and `lang`), and never an `on...` handler, `style`,
 * `is`, `autofocus`, `tabindex`, `popover`, `id`, `class`, `slot` or `part`, whatever a class
 * declares. Values are set as text. Anything else stays on the wrapper and is reported once
 * in the console, with the wrapper's position on the page. One wrapper that fails never
 * stops the others. CMS filters typically strip `on...` but keep `data-*`: without this rule
 * `data-onfocus` pasted into a wrapper would run.
 */
const UPGRADED = 'egUpgraded';

/** The wrapper's own attributes: not for the widget, and not reported (the widget reads `data-eg-theme` from the wrapper). */
const WRAPPER_OWN = ['data-eg-widget', 'data-eg-upgraded', 'data-eg-theme'];

/** Never passed on, whatever a widget declares: handlers, styles, focus, popovers, identity, shadow-DOM placement. */
const NEVER = new Set(['style', 'is', 'autofocus', 'tabindex', 'popover', 'id', 'class', 'slot', 'part', 'exportparts', 'nonce']);

/**
 * Read by every widget that takes `src`, with no property behind them (the `@attr` tags of
 * EgElement; test/upgrade-wrappers.test.ts fails when custom-elements.json lists one not passed on).
 */
const SRC_LIMITS = ['src-timeout', 'src-max-bytes', 'src-parse-timeout'];

/** A name that may be passed on: lower-case letters, digits and hyphens, not a handler, not in {@link NEVER}. */
const passable = (name: string) => /^[a-z][a-z0-9-]*$/.test(name) && !name.startsWith('on') && !NEVER.has(name);

/** The attributes a wrapper may pass on to `tag`'s widget. */
function declaredAttributes(tag: string): Set<string> {
  const observed = (customElements.get(tag) as { observedAttributes?: unknown } | undefined)?.observedAttributes;
  const names = Array.isArray(observed) ? observed.map(String) : [];
  if (names.includes('src')) names.push(...SRC_LIMITS);
  names.push('lang');
  return new Set(names.filter(passable));
}

/** For console messages: a value as written, shortened. */
const quote = (value: string | undefined) => JSON.stringify((value ?? '').slice(0, 60));

/** Upgrades every `[data-eg-widget]` wrapper under `root` (the whole page by default). Safe to call again. */
export function upgradeWrappers(root: ParentNode = document): void {
  const wrappers = [...root.querySelectorAll<HTMLElement>('[data-eg-widget]')];
  const onPage = [...document.querySelectorAll<HTMLElement>('[data-eg-widget]')];
  wrappers.forEach((wrapper, i) => {
    if (UPGRADED in wrapper.dataset) return;
    // Marked first: a wrapper that fails is left as it is, and not tried (or reported) again.
    wrapper.dataset[UPGRADED] = 'no';
    const at = onPage.indexOf(wrapper);
    const where = `wrapper ${(at < 0 ? i : at) + 1} of ${at < 0 ? wrappers.length : onPage.length} ${at < 0 ? 'under the element given' : 'on the page'} (data-eg-widget=${quote(wrapper.dataset.egWidget)})`;
    try {
      upgrade(wrapper, where);
    } catch (err) {
      console.warn(`evidence-guidance: ${where} could not be upgraded, so it was left as it is: ${String(err)}`);
    }
  });
}

function upgrade(wrapper: HTMLElement, where: string): void {
  const tag = `eg-${wrapper.dataset.egWidget?.trim().toLowerCase() ?? ''}`;
  if (!/^eg-[a-z]+(-[a-z]+)*$/.test(tag) || !customElements.get(tag)) {
    console.warn(`evidence-guidance: ${where} names no widget, so it was left as it is.`);
    return;
  }
  const declared = declaredAttributes(tag);
  const element = document.createElement(tag);
  const dropped: string[] = [];
  for (const { name, value } of Array.from(wrapper.attributes)) {
    if (!name.startsWith('data-') || WRAPPER_OWN.includes(name)) continue;
    const target = name.slice(5);
    if (declared.has(target)) element.setAttribute(target, value);
    else dropped.push(name);
  }
  if (dropped.length) {
    console.warn(
      `evidence-guidance: ${where} has attributes that <${tag}> does not take, so they were not passed on: ${dropped.join(', ')}. ` +
        `A wrapper passes on only data-${[...declared].join(', data-')}.`,
    );
  }
  element.append(...wrapper.childNodes);
  wrapper.append(element);
  wrapper.dataset[UPGRADED] = '';
}
