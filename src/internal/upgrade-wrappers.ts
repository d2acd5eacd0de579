/**
 * Some CMS editors strip unknown elements such as `<eg-finding>`. Their pages can mark a
 * plain wrapper instead: `<div data-eg-widget="finding" data-summary="..." data-finding="...">`
 * with the snippet's readable HTML inside. When the script loads, each wrapper gets the real
 * element, with the `data-*` values as its attributes and the wrapper's content inside it,
 * so it upgrades the same way the custom element does.
 */
const UPGRADED = 'egUpgraded';

/** Upgrades every `[data-eg-widget]` wrapper under `root` (the whole page by default). Safe to call again. */
export function upgradeWrappers(root: ParentNode = document): void {
  for (const wrapper of root.querySelectorAll<HTMLElement>('[data-eg-widget]')) {
    if (UPGRADED in wrapper.dataset) continue;
    const tag = `eg-${wrapper.dataset.egWidget?.trim().toLowerCase() ?? ''}`;
    if (!/^eg-[a-z]+(-[a-z]+)*$/.test(tag) || !customElements.get(tag)) {
      console.warn(`evidence-guidance: data-eg-widget="${wrapper.dataset.egWidget}" names no widget, so it was left as it is.`);
      wrapper.dataset[UPGRADED] = 'no';
      continue;
    }
    const element = document.createElement(tag);
    for (const [key, value] of Object.entries(wrapper.dataset)) {
      if (key === 'egWidget' || value === undefined) continue;
      element.setAttribute(key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`), value);
    }
    element.append(...wrapper.childNodes);
    wrapper.append(element);
    wrapper.dataset[UPGRADED] = '';
  }
}
