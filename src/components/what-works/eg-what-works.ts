/** Registers `<eg-what-works>` (and the `<eg-evidence-rating>` it renders). */
import { defineElement } from '../../internal/define-element.js';
import '../evidence-rating/eg-evidence-rating.js';
import { EgWhatWorks } from './what-works.js';

defineElement('eg-what-works', EgWhatWorks);

export { EgWhatWorks };
