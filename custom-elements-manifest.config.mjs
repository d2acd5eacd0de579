// Config for `cem analyze` (run by `npm run build:manifest`, after `build:dist`).
// Writes custom-elements.json, then framework types generated from it (scripts/framework-types.mjs):
//   dist/types/jsx.d.ts     React 19 and Preact   (export `evidence-guidance/jsx`)
//   dist/types/vue.d.ts     Vue 3 global components (export `evidence-guidance/vue`)
//   dist/types/svelte.d.ts  Svelte 5 elements       (export `evidence-guidance/svelte`)
// npm run test:types checks them against fixtures in test/types/.
import { frameworkTypesPlugin } from './scripts/framework-types.mjs';

export default {
  // The shared base (src/internal/eg-element.ts) is read too, so inherited attributes (summary, theme) are listed.
  globs: ['src/components/**/*.ts', 'src/internal/eg-element.ts'],
  exclude: ['src/components/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  // Never rewrite package.json: its `customElements` field is maintained by hand
  // (the analyzer would otherwise point it at whatever --outdir was last used).
  packagejson: false,
  plugins: [frameworkTypesPlugin({ outdir: 'dist/types' })],
};
