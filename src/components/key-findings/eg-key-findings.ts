/** Registers `<eg-key-findings>` (and the `<eg-finding>` it renders). */
import { defineElement } from '../../internal/define-element.js';
import '../finding/eg-finding.js';
import { KeyFindings } from './key-findings.js';

defineElement('eg-key-findings', KeyFindings);

export { KeyFindings };
