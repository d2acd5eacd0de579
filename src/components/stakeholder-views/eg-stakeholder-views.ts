/** Registers `<eg-stakeholder-views>`. */
import { defineElement } from '../../internal/define-element.js';
import { StakeholderViews } from './stakeholder-views.js';

defineElement('eg-stakeholder-views', StakeholderViews);

export { StakeholderViews };
