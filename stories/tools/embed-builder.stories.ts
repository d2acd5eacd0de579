import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './embed-builder.js';

/**
 * Pick a widget, summary, item, theme and language, see the live widget, and copy the
 * embed code (the same generator as `npx evidence-guidance snippet`). Paste it into a page
 * beside the CDN bundle: it reads without JavaScript and upgrades in place.
 */
const meta: Meta = {
  title: 'Tools/Embed code builder',
  parameters: { controls: { disable: true } },
  render: () => html`<sb-embed-builder></sb-embed-builder>`,
};
export default meta;

export const Builder: StoryObj = {};
