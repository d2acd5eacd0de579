/** Registers `<eg-finding>` (and the `<eg-evidence-rating>` it renders). */
import { defineElement } from '../../internal/define-element.js';
import '../evidence-rating/eg-evidence-rating.js';
import { EgFinding } from './finding.js';

defineElement('eg-finding', EgFinding);

export { EgFinding };
