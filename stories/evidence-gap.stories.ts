import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { THEMES } from '../src/internal/theme.js';
import '../src/components/evidence-gaps/eg-evidence-gap.js';
import { FAILING_SUMMARY, LOADING_SUMMARY, SUMMARY, UNKNOWN_THEME } from './story-states.js';

/** The element's attributes, by attribute name. */
interface EvidenceGapArgs {
  summary?: string;
  gap?: string;
  'heading-level'?: number;
  theme?: string;
}

/** Renders one evidence gap from bundled content (plain function of args, also used by the axe test of every story). */
const render = (args: EvidenceGapArgs) =>
  html`<eg-evidence-gap
    summary=${args.summary || nothing}
    gap=${args.gap || nothing}
    heading-level=${args['heading-level'] ?? nothing}
    theme=${args.theme || nothing}
  ></eg-evidence-gap>`;

const meta: Meta<EvidenceGapArgs> = {
  title: 'Widgets/Evidence gap',
  component: 'eg-evidence-gap',
  tags: ['autodocs'],
  render,
  args: { summary: SUMMARY, gap: 'integration-processes' },
  argTypes: {
    summary: { control: 'text' },
    gap: { control: 'text' },
    'heading-level': { control: { type: 'number', min: 1, max: 6, step: 1 } },
    theme: { control: 'select', options: ['', ...THEMES] },
  },
};
export default meta;

type Story = StoryObj<EvidenceGapArgs>;

/** One gap, with its detail and its source line. */
export const Default: Story = {
  render,
  args: { summary: SUMMARY, gap: 'integration-processes' },
};

/** A gap with no further detail. */
export const WithoutDetail: Story = {
  name: 'Without detail',
  render,
  args: { summary: SUMMARY, gap: 'rigorous-studies' },
};

/** `heading-level` fits the gap into the page's outline. */
export const HeadingLevel4: Story = {
  name: 'Heading level 4',
  render,
  args: { summary: SUMMARY, gap: 'models-and-measures', 'heading-level': 4 },
};

/**
 * Written into the page, so it reads before and without JavaScript: no `summary`,
 * the author's own heading and text are shown as written.
 */
export const Inline: Story = {
  name: 'Inline (light DOM)',
  render: () => html`<eg-evidence-gap>
    <h3>More rigorously designed studies</h3>
    <p>Studies designed to identify the specific features of effective integrated practice.</p>
  </eg-evidence-gap>`,
  args: {},
  parameters: { controls: { disable: true } },
};

/** On a Welsh page the library's words are Welsh; the English content keeps `lang="en"`. */
export const Welsh: Story = {
  render: (args) => html`<div lang="cy">${render(args)}</div>`,
  args: { summary: SUMMARY, gap: 'developmental-account' },
};

/** While the summary loads, the widget is busy (`:state(loading)`, announced as busy) and a status message says so. */
export const Loading: Story = {
  tags: ['loading-state'],
  render,
  args: { summary: LOADING_SUMMARY, gap: 'rigorous-studies' },
};

/** A gap id that is not in the summary: the widget names it (and logs the valid ids). */
export const UnknownGap: Story = {
  name: 'Unknown gap id (error)',
  tags: ['error-state'],
  render,
  args: { summary: SUMMARY, gap: 'more-research' },
};

/** A summary id that is not bundled: the widget names it (and logs the valid ids). */
export const UnknownSummary: Story = {
  name: 'Unknown summary (error)',
  tags: ['error-state'],
  render,
  args: { summary: 'early-years', gap: 'rigorous-studies' },
};

/** A `gap` without `summary`: the widget says which attribute is missing. */
export const MissingSummary: Story = {
  name: 'Missing summary attribute (error)',
  tags: ['error-state'],
  render,
  args: { summary: '', gap: 'rigorous-studies' },
};

/** The summary could not be loaded (a network failure, say): the widget offers "Try again". */
export const LoadFailed: Story = {
  name: 'Load failed (error)',
  tags: ['error-state'],
  render,
  args: { summary: FAILING_SUMMARY, gap: 'rigorous-studies' },
};

/** A `theme` that does not exist: the widget says so and keeps the default look. */
export const UnknownTheme: Story = {
  name: 'Unknown theme (error)',
  tags: ['error-state'],
  render,
  args: { summary: SUMMARY, gap: 'rigorous-studies', theme: UNKNOWN_THEME },
  argTypes: { theme: { control: 'text' } },
};
