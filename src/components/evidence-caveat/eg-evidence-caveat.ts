/** Registers `<eg-evidence-caveat>`. */
import { defineElement } from '../../internal/define-element.js';
import { EgEvidenceCaveat } from './evidence-caveat.js';

defineElement('eg-evidence-caveat', EgEvidenceCaveat);

export { EgEvidenceCaveat };
