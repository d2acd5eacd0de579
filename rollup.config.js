// The CDN build: cdn/evidence-guidance.js is one self-contained, minified ES module
// (every widget, Lit included). Each summary's content is its own chunk with a
// content-hashed name, loaded by dynamic import only when a widget asks for it.
// The npm build (dist/) is plain `tsc` output: one module per source file, Lit external.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { relative, sep } from 'node:path';
import esbuild from 'rollup-plugin-esbuild';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';

/** Build-time tools must never reach the browser bundle. */
const BUILD_ONLY = ['marked', 'sanitize-html', 'yaml', 'dompurify'];

/**
 * Writes cdn/bundle-stats.json: every output chunk with the ids of the modules rollup put
 * in it (paths relative to the repository, `/`-separated). `npm run size` checks these ids,
 * so a build-time tool reaching the browser is caught from rollup's own module graph.
 */
const bundleStats = {
  name: 'bundle-stats',
  generateBundle(_options, bundle) {
    const id = (m) => {
      const plain = m.replace(/^\0/, '');
      return plain.startsWith('/') || /^[A-Za-z]:[\\/]/.test(plain) ? relative(process.cwd(), plain).split(sep).join('/') : plain;
    };
    const chunks = Object.values(bundle)
      .filter((c) => c.type === 'chunk')
      .map((c) => ({
        fileName: c.fileName,
        name: c.name,
        isEntry: c.isEntry,
        isDynamicEntry: c.isDynamicEntry,
        imports: c.imports,
        dynamicImports: c.dynamicImports,
        modules: c.moduleIds.map(id),
      }));
    this.emitFile({ type: 'asset', fileName: 'bundle-stats.json', source: `${JSON.stringify({ chunks }, null, 2)}\n` });
  },
};

export default {
  input: { 'evidence-guidance': 'src/define.ts' },
  output: {
    dir: 'cdn',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
    plugins: [bundleStats],
  },
  plugins: [
    {
      name: 'no-build-tools',
      resolveId(source, importer) {
        if (BUILD_ONLY.includes(source)) {
          this.error(`${importer} imports ${source}, a build-time tool that must not reach the CDN bundle.`);
        }
        return null;
      },
    },
    nodeResolve({ exportConditions: ['production'], browser: true }),
    // ES2022 (static blocks, class fields): every supported browser (README) runs it as written.
    esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
    // The CSS and HTML inside Lit's css`` and html`` templates (terser leaves template text alone).
    minifyTemplateLiterals(),
    terser({ ecma: 2022, module: true, format: { comments: /@license|@preserve|^!/ } }),
  ],
};
