/**
 * The CDN bundle's entry (`cdn/evidence-guidance.js`): registers every element and exports
 * only what a page script needs beside the elements. The full API (classes, types,
 * formatters) is the npm package's; each export here costs every council page bytes.
 */
export * from './register.js';
export { listSummaries, loadSummary, registerSummary } from './content/registry.js';
