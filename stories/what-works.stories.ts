import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { THEMES } from '../src/internal/theme.js';
import '../src/components/what-works/eg-what-works.js';
import { FAILING_SUMMARY, LOADING_SUMMARY, SUMMARY, UNKNOWN_THEME } from './story-states.js';

/** The element's attributes, by attribute name. */
interface WhatWorksArgs {
  summary?: string;
  'heading-level'?: number;
  theme?: string;
}

/** Renders "what works" from bundled content (plain function of args, also used by the axe test of every story). */
const render = (args: WhatWorksArgs) =>
  html`<eg-what-works summary=${args.summary || nothing} heading-level=${args['heading-level'] ?? nothing} theme=${args.theme || nothing}></eg-what-works>`;

const meta: Meta<WhatWorksArgs> = {
  title: 'Widgets/What works',
  component: 'eg-what-works',
  tags: ['autodocs'],
  render,
  args: { summary: SUMMARY },
  argTypes: {
    summary: { control: 'text' },
    'heading-level': { control: { type: 'number', min: 1, max: 6, step: 1 } },
    theme: { control: 'select', options: ['', ...THEMES] },
  },
};
export default meta;

type Story = StoryObj<WhatWorksArgs>;

/** Each item with the findings it rests on (and their evidence, in the source's words) and the related reviews it points to. */
export const Default: Story = {
  render,
  args: { summary: SUMMARY },
};

/** `heading-level` fits the section into the page's outline; items are one level below. */
export const HeadingLevel3: Story = {
  name: 'Heading level 3',
  render,
  args: { summary: SUMMARY, 'heading-level': 3 },
};

/** At level 6 the items' headings stay at 6: headings never go past h6. */
export const HeadingLevel6: Story = {
  name: 'Heading level 6 (clamped)',
  render,
  args: { summary: SUMMARY, 'heading-level': 6 },
};

/** Written into the page, so it reads before and without JavaScript: the author's headings are kept. */
export const Inline: Story = {
  name: 'Inline (light DOM)',
  render: () => html`<eg-what-works>
    <h2>What works</h2>
    <h3>High-quality pre-school provision that integrates childcare and education</h3>
    <p>High-quality pre-school provision that integrates childcare and education benefits children.</p>
    <eg-evidence-rating level="strong" wording="strong evidence">Strength of evidence: strong evidence</eg-evidence-rating>
  </eg-what-works>`,
  args: {},
  parameters: { controls: { disable: true } },
};

/** On a Welsh page the library's words are Welsh; the English content keeps `lang="en"`. */
export const Welsh: Story = {
  render: (args) => html`<div lang="cy">${render(args)}</div>`,
  args: { summary: SUMMARY },
};

/** While the summary loads, the widget is busy (`:state(loading)`, announced as busy) and a status message says so. */
export const Loading: Story = {
  tags: ['loading-state'],
  render,
  args: { summary: LOADING_SUMMARY },
};

/** A summary id that is not bundled: the widget names it (and logs the valid ids). */
export const UnknownSummary: Story = {
  name: 'Unknown summary (error)',
  tags: ['error-state'],
  render,
  args: { summary: 'early-years' },
};

/** The summary could not be loaded (a network failure, say): the widget offers "Try again". */
export const LoadFailed: Story = {
  name: 'Load failed (error)',
  tags: ['error-state'],
  render,
  args: { summary: FAILING_SUMMARY },
};

/** A `theme` that does not exist: the widget says so and keeps the default look. */
export const UnknownTheme: Story = {
  name: 'Unknown theme (error)',
  tags: ['error-state'],
  render,
  args: { summary: SUMMARY, theme: UNKNOWN_THEME },
  argTypes: { theme: { control: 'text' } },
};
