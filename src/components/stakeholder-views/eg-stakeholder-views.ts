/** Registers `<eg-stakeholder-views>`. */
import { defineElement } from '../../internal/define-element.js';
import { EgStakeholderViews } from './stakeholder-views.js';

defineElement('eg-stakeholder-views', EgStakeholderViews);

export { EgStakeholderViews };
