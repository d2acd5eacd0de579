/** Registers `<eg-evidence-gaps>`. */
import { defineElement } from '../../internal/define-element.js';
import { EvidenceGaps } from './evidence-gaps.js';

defineElement('eg-evidence-gaps', EvidenceGaps);

export { EvidenceGaps };
