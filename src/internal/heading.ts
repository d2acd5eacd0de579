/**
 * The one mechanism that sets heading levels. Widgets render every heading through
 * `renderHeading`, so the `heading-level` attribute and nesting rules apply everywhere.
 */
import { nothing, type TemplateResult } from 'lit';

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

/** One template per level, made once: `<hN id=… part=… class=… lang=…>content</hN>`. */
const templates: TemplateStringsArray[] = [];

/**
 * Renders `content` as a heading at `level` (clamped to 1-6). The tag name cannot be a
 * binding, so each level has its template; they are made here, as a tagged template's
 * strings would be (with `raw`), rather than written out six times.
 */
export function renderHeading(
  level: number,
  content: unknown,
  options: { id?: string; part?: string; className?: string; lang?: string } = {},
): TemplateResult {
  const n = clampHeadingLevel(level);
  const parts = [`<h${n} id="`, '" part="', '" class="', '" lang="', '">', `</h${n}>`];
  const strings = (templates[n] ??= Object.assign(parts, { raw: parts }) as unknown as TemplateStringsArray);
  return {
    ['_$litType$']: 1,
    strings,
    values: [options.id ?? nothing, options.part ?? 'heading', options.className ?? nothing, options.lang ?? nothing, content],
  } as unknown as TemplateResult;
}
