/** Registers `<eg-evidence-rating>`. */
import { defineElement } from '../../internal/define-element.js';
import { EgEvidenceRating } from './evidence-rating.js';

defineElement('eg-evidence-rating', EgEvidenceRating);

export { EgEvidenceRating };
