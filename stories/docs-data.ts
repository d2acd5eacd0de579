/**
 * Data for the docs pages' live tables, computed from the library's own files so the pages
 * cannot drift from the code: the tokens from `src/styles/tokens.ts`, each theme's values
 * from `src/themes/*.css`, the widgets and their hooks from `custom-elements.json`, and the
 * source's wording for each level from the bundled content. Pure functions over text and
 * data (the MDX pages import the raw files), so a Node test can check them too.
 */
import { EVIDENCE_LEVELS, type EvidenceLevel } from '../src/content/levels.js';
import type { Summary } from '../src/content/types.js';

/** One public token: its name and the default the widgets use when nothing sets it (none: inherited from the page). */
export interface TokenRow {
  token: string;
  default?: string;
}

/** Every `--eg-*` token read in `src/styles/tokens.ts` (`--_x: var(--eg-x, default)` or `var(--eg-x)`), in file order. */
export function parseTokens(tokensSource: string): TokenRow[] {
  return [...tokensSource.matchAll(/--_[\w-]+:\s*var\((--eg-[\w-]+)(?:,\s*([^;]+))?\);/g)].map((m) => ({
    token: m[1]!,
    ...(m[2] ? { default: m[2].trim() } : {}),
  }));
}

/** The `--eg-*` declarations of a theme stylesheet (its first rule, which sets `:root` and `.eg-theme-<name>`). */
export function parseThemeTokens(css: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of css.matchAll(/(--eg-[\w-]+)\s*:\s*([^;]+);/g)) if (!out.has(m[1]!)) out.set(m[1]!, m[2]!.trim());
  return out;
}

/** What each public token sets, as in docs/theming.md's table. A new token needs a line here (a Node test checks). */
export const TOKEN_DESCRIPTIONS: Record<string, string> = {
  '--eg-font-family': 'Font family',
  '--eg-font-size': 'Body text size',
  '--eg-font-size-small': 'Small text size (source lines, notes)',
  '--eg-line-height': 'Line height',
  '--eg-heading-font-weight': 'Heading weight',
  '--eg-color-text': 'Text',
  '--eg-color-text-secondary': 'Secondary text',
  '--eg-color-canvas': 'The widget’s own background (transparent by default)',
  '--eg-color-surface': 'Panels',
  '--eg-color-border': 'Borders and rules',
  '--eg-color-accent': 'Accent borders',
  '--eg-color-link': 'Links',
  '--eg-color-link-visited': 'Visited links',
  '--eg-color-focus': 'The focus indicator',
  '--eg-color-focus-text': 'Text on the focus indicator',
  '--eg-color-error': 'Error messages',
  '--eg-space-1': 'Spacing, smallest',
  '--eg-space-2': 'Spacing, small',
  '--eg-space-3': 'Spacing, medium',
  '--eg-space-4': 'Spacing, large',
  '--eg-radius': 'Corner radius',
  '--eg-border-width': 'Border width',
  '--eg-border-width-accent': 'Accent border width',
};

/** True for a value a swatch can show: a plain hex colour. */
export function isHexColour(value: string): boolean {
  return /^#[0-9a-f]{3,8}$/i.test(value.trim());
}

interface ManifestDeclaration {
  tagName?: string;
  summary?: string;
  attributes?: Array<{ name: string }>;
  cssProperties?: Array<{ name: string; description?: string }>;
}

export interface Manifest {
  modules: Array<{ declarations?: ManifestDeclaration[] }>;
}

/** Every element in the manifest, by tag, with its one-line summary and attribute names. */
export function widgetRows(manifest: Manifest): Array<{ tag: string; summary: string; attributes: string[] }> {
  return manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d): d is ManifestDeclaration & { tagName: string } => !!d.tagName)
    .map((d) => ({ tag: d.tagName, summary: d.summary ?? '', attributes: (d.attributes ?? []).map((a) => a.name) }))
    .sort((a, b) => a.tag.localeCompare(b.tag));
}

/** Every component hook (`@cssprop`) in the manifest: tag, property, description. */
export function componentHooks(manifest: Manifest): Array<{ tag: string; name: string; description: string }> {
  return manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.tagName)
    .flatMap((d) => (d.cssProperties ?? []).map((p) => ({ tag: d.tagName!, name: p.name, description: p.description ?? '' })))
    .sort((a, b) => a.tag.localeCompare(b.tag) || a.name.localeCompare(b.name));
}

/** The source's own wordings graded at each level, across the given summaries, with the ids that use them. */
export function wordingsByLevel(summaries: readonly Summary[]): Record<EvidenceLevel, Array<{ wording: string; findings: string[] }>> {
  const out = Object.fromEntries(EVIDENCE_LEVELS.map((l) => [l, [] as Array<{ wording: string; findings: string[] }>])) as Record<
    EvidenceLevel,
    Array<{ wording: string; findings: string[] }>
  >;
  for (const summary of summaries) {
    for (const f of summary.findings) {
      if (!f.grade) continue;
      const list = out[f.grade.level];
      const row = list.find((r) => r.wording === f.grade!.wording);
      const id = `${summary.meta.id}#${f.id}`;
      if (row) row.findings.push(id);
      else list.push({ wording: f.grade.wording, findings: [id] });
    }
  }
  return out;
}
