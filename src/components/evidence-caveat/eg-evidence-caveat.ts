/** Registers `<eg-evidence-caveat>`. */
import { defineElement } from '../../internal/define-element.js';
import { EvidenceCaveat } from './evidence-caveat.js';

defineElement('eg-evidence-caveat', EvidenceCaveat);

export { EvidenceCaveat };
