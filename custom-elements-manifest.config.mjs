// Config for `cem analyze` (run by `npm run build:manifest`, after `build:dist`).
// Writes custom-elements.json, then framework types generated from it:
//   dist/types/jsx.d.ts  JSX types for React 19 and Preact  (export `evidence-guidance/jsx`)
//   dist/types/vue.d.ts  Vue global components               (export `evidence-guidance/vue`)
// Both import each element's class from its compiled module in dist/components/, so
// attribute and property types are the classes' real types, not the manifest's strings.
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';

const outdir = 'dist/types';

/** Class name -> its module path in the manifest (`src/components/x/x.ts`), filled before the type plugins run. */
const modules = new Map();

/** The class's compiled module, relative to `outdir`. */
const componentTypePath = (name) => {
  const path = modules.get(name);
  if (!path) throw new Error(`custom-elements-manifest.config.mjs: no module declares the element class ${name}`);
  return path.replace(/^src\//, '../').replace(/\.ts$/, '.js');
};

export default {
  // The shared base (src/internal/eg-element.ts) is read too, so inherited attributes (summary, theme) are listed.
  globs: ['src/components/**/*.ts', 'src/internal/eg-element.ts'],
  exclude: ['src/components/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  // Never rewrite package.json: its `customElements` field is maintained by hand
  // (the analyzer would otherwise point it at whatever --outdir was last used).
  packagejson: false,
  plugins: [
    {
      name: 'eg-component-modules',
      packageLinkPhase({ customElementsManifest }) {
        modules.clear();
        for (const mod of customElementsManifest.modules ?? []) {
          for (const d of mod.declarations ?? []) if (d.tagName || d.customElement) modules.set(d.name, mod.path);
        }
      },
    },
    customElementJsxPlugin({ outdir, fileName: 'jsx.d.ts', componentTypePath, hideLogs: true }),
    customElementVuejsPlugin({ outdir, fileName: 'vue.d.ts', componentTypePath, hideLogs: true }),
    {
      // An attribute documented with @attr that has no property behind it (src-timeout and
      // src-max-bytes are read from the attribute) has no fieldName, and the two plugins above
      // then type it as Class["undefined"]. Type it from its @attr {type} instead.
      name: 'eg-attribute-only-types',
      packageLinkPhase({ customElementsManifest }) {
        const types = new Map();
        for (const mod of customElementsManifest.modules ?? []) {
          for (const d of mod.declarations ?? []) {
            for (const a of d.attributes ?? []) if (!a.fieldName) types.set(a.name, a.type?.text ?? 'string');
          }
        }
        for (const file of ['jsx.d.ts', 'vue.d.ts']) {
          const path = join(outdir, file);
          const text = readFileSync(path, 'utf8').replace(/"([a-z-]+)"(\??): \w+\["undefined"\]/g, (all, name, optional) =>
            types.has(name) ? `"${name}"${optional}: ${types.get(name)}` : all,
          );
          if (text.includes('["undefined"]')) throw new Error(`custom-elements-manifest.config.mjs: ${file} still types an attribute as ["undefined"]`);
          writeFileSync(path, text);
        }
      },
    },
  ],
};
