/** Registers `<eg-summary>`, and the widgets an author may write inside it (inline content). */
import { defineElement } from '../../internal/define-element.js';
import '../evidence-caveat/eg-evidence-caveat.js';
import '../evidence-gaps/eg-evidence-gaps.js';
import '../finding/eg-finding.js';
import '../implications/eg-implications.js';
import '../key-findings/eg-key-findings.js';
import '../provenance/eg-provenance.js';
import '../references/eg-references.js';
import '../stakeholder-views/eg-stakeholder-views.js';
import '../what-works/eg-what-works.js';
import { EgSummary } from './summary.js';

defineElement('eg-summary', EgSummary);

export { EgSummary };
