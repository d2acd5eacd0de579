/** Registers `<eg-evidence-gap>`. */
import { defineElement } from '../../internal/define-element.js';
import { EgEvidenceGap } from './evidence-gap.js';

defineElement('eg-evidence-gap', EgEvidenceGap);

export { EgEvidenceGap };
