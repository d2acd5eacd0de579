/**
 * The one mechanism that sets heading levels. Widgets render every heading through
 * `renderHeading`, so the `heading-level` attribute and nesting rules apply everywhere.
 */
import { html, nothing, type TemplateResult } from 'lit';

/** The default level of a widget's top heading. */
export const DEFAULT_HEADING_LEVEL = 2;

/**
 * Clamps a level into 1-6; anything that is not a whole number gives the default. A numeric
 * string ("3", as a framework may set the property from a template) counts as its number.
 */
export function clampHeadingLevel(level: number | string, offset = 0): number {
  const n = typeof level === 'string' && level.trim() ? Number(level) : level;
  const base = Number.isInteger(n) ? (n as number) : DEFAULT_HEADING_LEVEL;
  return Math.min(6, Math.max(1, base + offset));
}

/** True when `value` is a valid `heading-level` attribute value (a whole number 1-6). */
export function isHeadingLevel(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 6;
}

/** Renders `content` as a heading at `level` (clamped to 1-6). */
export function renderHeading(
  level: number,
  content: unknown,
  options: { id?: string; part?: string; className?: string; lang?: string } = {},
): TemplateResult {
  const id = options.id ?? nothing;
  const part = options.part ?? 'heading';
  const className = options.className ?? nothing;
  const lang = options.lang ?? nothing;
  // One plain template per level: smaller than lit/static-html.js, which a dynamic tag name would need.
  switch (clampHeadingLevel(level)) {
    case 1:
      return html`<h1 id=${id} part=${part} class=${className} lang=${lang}>${content}</h1>`;
    case 2:
      return html`<h2 id=${id} part=${part} class=${className} lang=${lang}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id} part=${part} class=${className} lang=${lang}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} part=${part} class=${className} lang=${lang}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} part=${part} class=${className} lang=${lang}>${content}</h5>`;
    default:
      return html`<h6 id=${id} part=${part} class=${className} lang=${lang}>${content}</h6>`;
  }
}
