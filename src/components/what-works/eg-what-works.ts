/** Registers `<eg-what-works>`. */
import { defineElement } from '../../internal/define-element.js';
import { EgWhatWorks } from './what-works.js';

defineElement('eg-what-works', EgWhatWorks);

export { EgWhatWorks };
