/** Registers `<eg-provenance>`. */
import { defineElement } from '../../internal/define-element.js';
import { EgProvenance } from './provenance.js';

defineElement('eg-provenance', EgProvenance);

export { EgProvenance };
