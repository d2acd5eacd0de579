/** Registers `<eg-glossary-term>`. */
import { defineElement } from '../../internal/define-element.js';
import { EgGlossaryTerm } from './glossary-term.js';

defineElement('eg-glossary-term', EgGlossaryTerm);

export { EgGlossaryTerm };
