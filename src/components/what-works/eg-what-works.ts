/** Registers `<eg-what-works>` (and `<eg-evidence-rating>`, for ratings written inside it). */
import { defineElement } from '../../internal/define-element.js';
import '../evidence-rating/eg-evidence-rating.js';
import { EgWhatWorks } from './what-works.js';

defineElement('eg-what-works', EgWhatWorks);

export { EgWhatWorks };
