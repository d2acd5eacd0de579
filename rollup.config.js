// The CDN build: cdn/evidence-guidance.js is one self-contained, minified ES module
// (every widget, Lit included). Each summary's content is its own chunk with a
// content-hashed name, loaded by dynamic import only when a widget asks for it.
// The npm build (dist/) is plain `tsc` output: one module per source file, Lit external.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

/** Build-time tools must never reach the browser bundle. */
const BUILD_ONLY = ['marked', 'sanitize-html', 'yaml', 'dompurify'];

export default {
  input: { 'evidence-guidance': 'src/define.ts' },
  output: {
    dir: 'cdn',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
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
    esbuild({ target: 'es2021', tsconfig: 'tsconfig.json' }),
    terser({ ecma: 2021, module: true, format: { comments: /@license|@preserve|^!/ } }),
  ],
};
