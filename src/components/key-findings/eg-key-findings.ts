/** Registers `<eg-key-findings>` (and the `<eg-finding>` it renders). */
import { defineElement } from '../../internal/define-element.js';
import '../finding/eg-finding.js';
import { EgKeyFindings } from './key-findings.js';

defineElement('eg-key-findings', EgKeyFindings);

export { EgKeyFindings };
