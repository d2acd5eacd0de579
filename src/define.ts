/** Registers every evidence-guidance element, and exports the public API. */
import './components/evidence-caveat/eg-evidence-caveat.js';
import './components/evidence-gaps/eg-evidence-gap.js';
import './components/evidence-gaps/eg-evidence-gaps.js';
import './components/evidence-rating/eg-evidence-rating.js';
import './components/finding/eg-finding.js';
import './components/glossary-term/eg-glossary-term.js';
import './components/implications/eg-implications.js';
import './components/key-findings/eg-key-findings.js';
import './components/provenance/eg-provenance.js';
import './components/references/eg-references.js';
import './components/stakeholder-views/eg-stakeholder-views.js';
import './components/summary/eg-summary.js';
import './components/what-works/eg-what-works.js';

export * from './index.js';

// Wrappers marked data-eg-widget="..." (for editors that strip custom elements) upgrade too.
import { upgradeWrappers } from './internal/upgrade-wrappers.js';

if (typeof document !== 'undefined') {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => upgradeWrappers(), { once: true });
  else upgradeWrappers();
}
export { upgradeWrappers };
