import { html, literal, type StaticValue } from 'lit/static-html.js';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/**
 * The one mechanism that sets heading levels. Widgets render every heading through
 * `renderHeading`, so the `heading-level` attribute and nesting rules apply everywhere.
 */
const TAGS: readonly StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** The default level of a widget's top heading. */
export const DEFAULT_HEADING_LEVEL = 2;

/** Clamps a level into 1-6; anything that is not a whole number gives the default. */
export function clampHeadingLevel(level: number, offset = 0): number {
  const base = Number.isInteger(level) ? level : DEFAULT_HEADING_LEVEL;
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
  const tag = TAGS[clampHeadingLevel(level) - 1]!;
  return html`<${tag} id=${ifDefined(options.id)} part=${options.part ?? 'heading'} class=${ifDefined(options.className)} lang=${ifDefined(options.lang)}>${content}</${tag}>`;
}
