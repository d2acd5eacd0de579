import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { THEMES } from '../src/internal/theme.js';
import '../src/components/stakeholder-views/eg-stakeholder-views.js';
import { FAILING_SUMMARY, LOADING_SUMMARY, SUMMARY, UNKNOWN_THEME } from './story-states.js';

/** The element's attributes, by attribute name. */
interface StakeholderViewsArgs {
  summary?: string;
  view?: string;
  'heading-level'?: number;
  theme?: string;
}

/** Renders stakeholder views from bundled content (plain function of args, also used by the axe test of every story). */
const render = (args: StakeholderViewsArgs) =>
  html`<eg-stakeholder-views
    summary=${args.summary || nothing}
    view=${args.view || nothing}
    heading-level=${args['heading-level'] ?? nothing}
    theme=${args.theme || nothing}
  ></eg-stakeholder-views>`;

const meta: Meta<StakeholderViewsArgs> = {
  title: 'Widgets/Stakeholder views',
  component: 'eg-stakeholder-views',
  tags: ['autodocs'],
  render,
  args: { summary: SUMMARY },
  argTypes: {
    summary: { control: 'text' },
    view: { control: 'text' },
    'heading-level': { control: { type: 'number', min: 1, max: 6, step: 1 } },
    theme: { control: 'select', options: ['', ...THEMES] },
  },
};
export default meta;

type Story = StoryObj<StakeholderViewsArgs>;

/** Every view, each with who holds it in the source's words, kept apart from findings. */
export const Default: Story = {
  render,
  args: { summary: SUMMARY },
};

/** One view on its own (`view="ID"`), with its own source line. */
export const OneView: Story = {
  name: 'One view',
  render,
  args: { summary: SUMMARY, view: 'staffing-levels' },
};

/** `heading-level` fits the section into the page's outline; each view is one level below. */
export const HeadingLevel3: Story = {
  name: 'Heading level 3',
  render,
  args: { summary: SUMMARY, 'heading-level': 3 },
};

/** With `view`, `heading-level` sets the view's own heading. */
export const OneViewHeadingLevel4: Story = {
  name: 'One view, heading level 4',
  render,
  args: { summary: SUMMARY, view: 'universal-preventative-tension', 'heading-level': 4 },
};

/**
 * Written into the page, so it reads before and without JavaScript: no `summary`,
 * the author's own heading and text are shown as written.
 */
export const Inline: Story = {
  name: 'Inline (light DOM)',
  render: () => html`<eg-stakeholder-views>
    <h2>What do stakeholders think?</h2>
    <p>Many stakeholders feel that integration can reach its full potential only when staffing levels match case-load demands.</p>
  </eg-stakeholder-views>`,
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

/** A view id that is not in the summary: the widget names it (and logs the valid ids). */
export const UnknownView: Story = {
  name: 'Unknown view id (error)',
  tags: ['error-state'],
  render,
  args: { summary: SUMMARY, view: 'staffing' },
};

/** A summary id that is not bundled: the widget names it (and logs the valid ids). */
export const UnknownSummary: Story = {
  name: 'Unknown summary (error)',
  tags: ['error-state'],
  render,
  args: { summary: 'early-years' },
};

/** A `view` without `summary`: the widget says which attribute is missing. */
export const MissingSummary: Story = {
  name: 'Missing summary attribute (error)',
  tags: ['error-state'],
  render,
  args: { summary: '', view: 'staffing-levels' },
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
