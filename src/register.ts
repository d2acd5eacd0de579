/** Registers every evidence-guidance element, and upgrades `data-eg-widget` wrappers. */
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

// Wrappers marked data-eg-widget="..." (for editors that strip custom elements) upgrade too.
// The code that does it is its own chunk, loaded only by a page that has such wrappers.

/**
 * Upgrades every `[data-eg-widget]` wrapper under `root` into its widget (see docs/embedding.md,
 * "Wrappers"). Runs once by itself when the page has loaded; call it again for
 * wrappers added later. Resolves when done.
 */
export async function upgradeWrappers(root: ParentNode = document): Promise<void> {
  if (!root.querySelector('[data-eg-widget]')) return;
  (await import('./internal/upgrade-wrappers.js')).upgradeWrappers(root);
}

if (typeof document !== 'undefined') {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => void upgradeWrappers(), { once: true });
  else void upgradeWrappers();
}
