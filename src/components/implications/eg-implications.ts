/** Registers `<eg-implications>`. */
import { defineElement } from '../../internal/define-element.js';
import { AudienceChangeEvent, EgImplications } from './implications.js';

defineElement('eg-implications', EgImplications);

export { AudienceChangeEvent, EgImplications };
