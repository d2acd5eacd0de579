/** Registers `<eg-references>`. */
import { defineElement } from '../../internal/define-element.js';
import { CitationCopyEvent, ReferenceFollowEvent, EgReferences } from './references.js';

defineElement('eg-references', EgReferences);

export { CitationCopyEvent, ReferenceFollowEvent, EgReferences };
