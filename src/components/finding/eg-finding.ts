/** Registers `<eg-finding>` (and `<eg-evidence-rating>`, for ratings written inside it). */
import { defineElement } from '../../internal/define-element.js';
import '../evidence-rating/eg-evidence-rating.js';
import { EgFinding } from './finding.js';

defineElement('eg-finding', EgFinding);

export { EgFinding };
