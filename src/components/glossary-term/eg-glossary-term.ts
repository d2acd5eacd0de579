/** Registers `<eg-glossary-term>`. */
import { defineElement } from '../../internal/define-element.js';
import { GlossaryTerm } from './glossary-term.js';

defineElement('eg-glossary-term', GlossaryTerm);

export { GlossaryTerm };
