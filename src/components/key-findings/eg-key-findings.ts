/** Registers `<eg-key-findings>` (and `<eg-finding>`, for findings written inside it). */
import { defineElement } from '../../internal/define-element.js';
import '../finding/eg-finding.js';
import { EgKeyFindings } from './key-findings.js';

defineElement('eg-key-findings', EgKeyFindings);

export { EgKeyFindings };
