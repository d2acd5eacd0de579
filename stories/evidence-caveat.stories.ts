import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { THEMES } from '../src/internal/theme.js';
import '../src/components/evidence-caveat/eg-evidence-caveat.js';
import { FAILING_SUMMARY, LOADING_SUMMARY, SUMMARY, UNKNOWN_THEME } from './story-states.js';

/** The element's attributes, by attribute name. */
interface EvidenceCaveatArgs {
  summary?: string;
  'heading-level'?: number;
  theme?: string;
}

/** Renders the note about the evidence from bundled content (plain function of args, also used by the axe test of every story). */
const render = (args: EvidenceCaveatArgs) =>
  html`<eg-evidence-caveat summary=${args.summary || nothing} heading-level=${args['heading-level'] ?? nothing} theme=${args.theme || nothing}></eg-evidence-caveat>`;

const meta: Meta<EvidenceCaveatArgs> = {
  title: 'Widgets/Evidence caveat',
  component: 'eg-evidence-caveat',
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

type Story = StoryObj<EvidenceCaveatArgs>;

/** The summary's own note on how strong its evidence is. */
export const Default: Story = {
  render,
  args: { summary: SUMMARY },
};

/** `heading-level` fits the notice into the page's outline. */
export const HeadingLevel3: Story = {
  name: 'Heading level 3',
  render,
  args: { summary: SUMMARY, 'heading-level': 3 },
};

export const HeadingLevel5: Story = {
  name: 'Heading level 5',
  render,
  args: { summary: SUMMARY, 'heading-level': 5 },
};

/**
 * Written into the page, so it reads before and without JavaScript: no `summary`,
 * the author's own heading and text are shown as written.
 */
export const Inline: Story = {
  name: 'Inline (light DOM)',
  render: () => html`<eg-evidence-caveat>
    <h2>About the evidence</h2>
    <p>Much of the evidence is ‘quite weak’ and should be treated as ‘essentially indicative’.</p>
  </eg-evidence-caveat>`,
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
