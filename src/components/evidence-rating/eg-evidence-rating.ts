/** Registers `<eg-evidence-rating>`. */
import { defineElement } from '../../internal/define-element.js';
import { EvidenceRating } from './evidence-rating.js';

defineElement('eg-evidence-rating', EvidenceRating);

export { EvidenceRating };
