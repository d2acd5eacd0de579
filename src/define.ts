/**
 * `evidence-guidance/define.js`: registers every element (see `register.ts`) and exports the
 * whole public API (see `index.ts`).
 */
export * from './register.js';
export * from './index.js';
