// The CDN build: cdn/evidence-guidance.js is one self-contained, minified ES module
// (every widget, Lit included). Each summary's content is its own chunk with a
// content-hashed name, loaded by dynamic import only when a widget asks for it. So is the
// `src` runtime (src/runtime/markdown-source.ts, with marked, yaml and DOMPurify), loaded
// only when a widget's `src` names a Markdown file. The runtime reads the file in a module
// worker, cdn/chunks/parse-worker.js (marked, yaml, the parser): a second, self-contained
// build below, since a worker must not import the core bundle (it defines elements).
// The npm build (dist/) is plain `tsc` output: one module per source file, Lit external.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import MagicString from 'magic-string';
import { relative, sep } from 'node:path';
import esbuild from 'rollup-plugin-esbuild';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';

/** Build-time tools: never in any browser file. */
const BUILD_ONLY = ['sanitize-html', 'htmlparser2'];
/**
 * The `src` runtime's libraries: only the modules below may import them, and they may reach
 * only the runtime's own lazily loaded chunk, never the core bundle (checked again by
 * `npm run size`, from bundle-stats.json).
 */
const RUNTIME_ONLY = {
  marked: ['src/content/parse.ts'],
  yaml: ['src/content/parse.ts'],
  dompurify: ['src/content/sanitize-browser.ts'],
};
const RUNTIME_ENTRY = 'src/runtime/markdown-source.ts';
const WORKER_ENTRY = 'src/runtime/parse-worker.ts';
const repoPath = (m) => relative(process.cwd(), m.replace(/^\0/, '')).split(sep).join('/');

/**
 * Writes cdn/bundle-stats.json: every output chunk with the ids of the modules rollup put
 * in it (paths relative to the repository, `/`-separated). `npm run size` checks these ids,
 * so a build-time tool reaching the browser is caught from rollup's own module graph.
 */
const collected = [];
const bundleStats = {
  name: 'bundle-stats',
  // Both builds (the main one, then the worker's) add their chunks; each writes all so far.
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
    collected.push(...chunks);
    this.emitFile({ type: 'asset', fileName: 'bundle-stats.json', source: `${JSON.stringify({ chunks: collected }, null, 2)}\n` });
  },
};

const main = {
  // The bundle, and the script a pasted snippet loads (it loads the bundle after the first paint).
  input: { 'evidence-guidance': 'src/cdn.ts', upgrade: 'src/upgrade.ts' },
  // Lazily loaded chunks (content, themes, Welsh, the src runtime) import what they share
  // with the core straight from evidence-guidance.js, rather than rollup moving the core into a
  // shared chunk behind a one-line entry (a second request before anything renders).
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'cdn',
    format: 'es',
    entryFileNames: '[name].js',
    // What the bundle imports on demand (a summary's content, the Welsh words, a theme...) has a
    // stable name, chunks/<name>.js, so that a page can ask for it in parallel with the bundle
    // (<link rel="modulepreload">, which the snippet prints); shared chunks keep a hash.
    chunkFileNames: (chunk) => (chunk.isDynamicEntry ? 'chunks/[name].js' : 'chunks/[name]-[hash].js'),
    banner: (chunk) => (chunk.name === 'evidence-guidance' ? '/*! Lit © 2017-2019 Google LLC, BSD-3-Clause */' : ''),
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
        if (Object.hasOwn(RUNTIME_ONLY, source) && importer && !RUNTIME_ONLY[source].includes(repoPath(importer))) {
          this.error(`${importer} imports ${source}, which only the src runtime (${RUNTIME_ONLY[source].join(', ')}) may import.`);
        }
        return null;
      },
      generateBundle(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
          const leaked = chunk.moduleIds.map(repoPath).filter((m) => Object.keys(RUNTIME_ONLY).some((p) => m.includes(`node_modules/${p}/`)) || m === RUNTIME_ENTRY);
          if (leaked.length) this.error(`${chunk.fileName} contains the src runtime, which must load lazily: ${leaked.join(', ')}`);
        }
      },
    },
    nodeResolve({ exportConditions: ['production'], browser: true }),
    // ES2022 (static blocks, class fields): every supported browser (docs/embedding.md) runs it as written.
    esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
    // The CSS and HTML inside our css`` and html`` templates (terser leaves template text alone); Lit's
    // own modules have none, and name unsafeCSS, which the plugin would warn about.
    minifyTemplateLiterals({ exclude: ['node_modules/**'] }),
    // The minifier leaves a custom property's fallback as written, `var(--eg-x, 0.5rem)`: `var(--eg-x,.5rem)` is the same.
    {
      name: 'var-fallback',
      renderChunk(code) {
        const out = new MagicString(code);
        out.replace(/(var\(--[\w-]+), (0(?=\.))?/g, '$1,');
        return { code: out.toString(), map: out.generateMap({ hires: true }) };
      },
    },
    // Trims to Lit's production modules, each of which must match exactly once, so that a Lit
    // release that changes the code fails the build rather than quietly growing it:
    // - two errors our typed templates cannot reach (a value in css`` that is not css``; html``
    //   called by hand) get shorter words, the same throw;
    // - each module's version is not recorded on the page (`globalThis.litHtmlVersions` and
    //   the like: read only by Lit's development build, to warn of two copies), and the hooks
    //   for the Shady DOM polyfills are left out: every browser the bundle supports has
    //   shadow DOM (docs/embedding.md). The hook for SSR hydration support stays.
    {
      name: 'lit-trims',
      transform(code, id) {
        const lit = (name) => [
          [new RegExp(`\\(\\w+\\.${name}Versions\\?\\?=\\[\\]\\)\\.push\\("[\\d.]+"\\)`), '0'],
          [new RegExp(`\\w+\\.${name}PolyfillSupport\\b`), 'void 0'],
        ];
        const trims = {
          '@lit/reactive-element/css-tag.js': [[/"Value passed to 'css' function must be a 'css' function result: "\+(\w+)\+"\. Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security\."/, '"css`` takes css``: "+$1']],
          '@lit/reactive-element/reactive-element.js': lit('reactiveElement'),
          'lit-html/lit-html.js': [[/"invalid template strings array"/, '"html``"'], ...lit('litHtml')],
          'lit-element/lit-element.js': lit('litElement'),
        };
        const entry = Object.entries(trims).find(([file]) => repoPath(id).endsWith(`node_modules/${file}`));
        if (!entry) return null;
        const [file, edits] = entry;
        const out = new MagicString(code);
        for (const [pattern, words] of edits) {
          if ((code.match(new RegExp(pattern, 'g')) ?? []).length !== 1) this.error(`${file}: Lit's code has changed (${pattern}); update the lit-trims step in rollup.config.js.`);
          out.replace(pattern, words);
        }
        return { code: out.toString(), map: out.generateMap({ hires: true }) };
      },
    },
    // Lit's modules each carry the same notice: the core bundle gives it once, in its banner.
    // Three of terser's "unsafe" compressions hold here (17 bytes gzip): no function expression
    // is ever called with `new` or has its `prototype` read (arrows and methods), and nothing reads
    // a function's `length` (unused parameters go). The snippet tests run this build in three engines.
    terser({ ecma: 2022, module: true, compress: { passes: 3, unsafe_arrows: true, unsafe_methods: true, keep_fargs: false }, format: { comments: (_node, comment) => /@license|@preserve|^!/.test(comment.value) && !/@license[\s\S]*Google LLC/.test(comment.value) } }),
  ],
};

/**
 * The `src` runtime's parse worker: one self-contained module (no imports, so nothing of the
 * core bundle), at the fixed name the runtime asks for beside itself: chunks/parse-worker.js.
 */
const worker = {
  input: { 'parse-worker': WORKER_ENTRY },
  output: { dir: 'cdn', format: 'es', entryFileNames: 'chunks/[name].js', sourcemap: true, inlineDynamicImports: true, plugins: [bundleStats] },
  plugins: [
    {
      name: 'no-build-tools',
      resolveId(source) {
        if (BUILD_ONLY.includes(source) || source === 'dompurify') this.error(`${WORKER_ENTRY} reaches ${source}, which the parse worker must not carry.`);
        return null;
      },
      generateBundle(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type === 'chunk' && chunk.imports.length) this.error(`${chunk.fileName} imports ${chunk.imports.join(', ')}: the parse worker must be self-contained.`);
        }
      },
    },
    nodeResolve({ exportConditions: ['production'], browser: true }),
    esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
    terser({ ecma: 2022, module: true, format: { comments: /@license|@preserve|^!/ } }),
  ],
};

export default [main, worker];
