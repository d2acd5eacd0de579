/** Registers `<eg-summary>`. */
import { defineElement } from '../../internal/define-element.js';
import { EgSummary } from './summary.js';

defineElement('eg-summary', EgSummary);

export { EgSummary };
