/** Registers `<eg-evidence-gap>`. */
import { defineElement } from '../../internal/define-element.js';
import { EvidenceGap } from './evidence-gap.js';

defineElement('eg-evidence-gap', EvidenceGap);

export { EvidenceGap };
