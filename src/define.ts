/** Registers every evidence-guidance element, and exports the public API. */
import './components/evidence-rating/eg-evidence-rating.js';
import './components/finding/eg-finding.js';

export * from './index.js';
