/**
 * Every widget the library defines, declared once: its tag and, for a widget that can show
 * one item of a summary, the attribute that names the item, the summary's collection the
 * item comes from, and whether the widget needs an item to show anything from content.
 *
 * The snippet generator and its CLI, Storybook's embed-code builder and the tests read this
 * list. Registration (`src/register.ts`) imports each widget's module by name, as bundlers
 * need; a test keeps those imports, `custom-elements.json` and this list the same.
 */
import type { Summary } from './content/types.js';

/** The collections of a summary that widgets show one item of. */
export type ItemKind = 'findings' | 'evidenceGaps' | 'stakeholderViews' | 'references' | 'glossary';

/** How a widget names one item: `<eg-finding finding="…">`. */
export interface ItemSpec {
  attribute: string;
  kind: ItemKind;
  required: boolean;
}

export const WIDGETS = {
  'eg-summary': undefined,
  'eg-key-findings': undefined,
  'eg-finding': { attribute: 'finding', kind: 'findings', required: true },
  'eg-evidence-rating': { attribute: 'finding', kind: 'findings', required: true },
  'eg-evidence-caveat': undefined,
  'eg-stakeholder-views': { attribute: 'view', kind: 'stakeholderViews', required: false },
  'eg-implications': undefined,
  'eg-what-works': undefined,
  'eg-evidence-gaps': undefined,
  'eg-evidence-gap': { attribute: 'gap', kind: 'evidenceGaps', required: true },
  'eg-references': { attribute: 'reference', kind: 'references', required: false },
  'eg-provenance': undefined,
  'eg-glossary-term': { attribute: 'term', kind: 'glossary', required: true },
} as const satisfies Record<`eg-${string}`, ItemSpec | undefined>;

/** A widget's tag. */
export type WidgetTag = keyof typeof WIDGETS;

/** Every tag, in the order of {@link WIDGETS}. */
export const WIDGET_TAGS = Object.keys(WIDGETS) as WidgetTag[];

/** The items of `summary` that `tag` can show one of (empty for a widget that shows no single item). */
export function itemsFor(summary: Summary, tag: WidgetTag): readonly { id: string }[] {
  const spec: ItemSpec | undefined = WIDGETS[tag];
  return spec ? summary[spec.kind] : [];
}
