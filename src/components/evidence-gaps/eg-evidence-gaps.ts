/** Registers `<eg-evidence-gaps>`. */
import { defineElement } from '../../internal/define-element.js';
import { EgEvidenceGaps } from './evidence-gaps.js';

defineElement('eg-evidence-gaps', EgEvidenceGaps);

export { EgEvidenceGaps };
