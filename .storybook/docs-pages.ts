/**
 * The docs pages Storybook must have (MDX in `stories/`), in sidebar order. Read by
 * `scripts/check-storybook.ts` (each must be in the built `index.json`) and by
 * `test/node/story-files.test.ts` (each title is declared by one MDX file). `preview.ts`
 * repeats the order in `storySort`, which Storybook reads statically and cannot import.
 */
export const DOCS_PAGES = [
  'Docs/Getting started',
  'Docs/Embedding in a CMS',
  'Docs/The evidence scale',
  'Docs/Theming',
  'Docs/Content authoring',
  'Docs/Accessibility',
  'Docs/Security, privacy and CSP',
] as const;
