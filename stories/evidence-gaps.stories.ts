import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { THEMES } from '../src/internal/theme.js';
import '../src/components/evidence-gaps/eg-evidence-gaps.js';
import { FAILING_SUMMARY, LOADING_SUMMARY, SUMMARY, UNKNOWN_THEME } from './story-states.js';

/** The element's attributes, by attribute name. */
interface EvidenceGapsArgs {
  summary?: string;
  'heading-level'?: number;
  theme?: string;
}

/** Renders every evidence gap from bundled content (plain function of args, also used by the axe test of every story). */
const render = (args: EvidenceGapsArgs) =>
  html`<eg-evidence-gaps summary=${args.summary || nothing} heading-level=${args['heading-level'] ?? nothing} theme=${args.theme || nothing}></eg-evidence-gaps>`;

const meta: Meta<EvidenceGapsArgs> = {
  title: 'Widgets/Evidence gaps',
  component: 'eg-evidence-gaps',
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

type Story = StoryObj<EvidenceGapsArgs>;

/** Every gap the summary identifies; screen readers hear "Evidence gap:" before each. */
export const Default: Story = {
  render,
  args: { summary: SUMMARY },
};

/** `heading-level` fits the list into the page's outline; each gap is one level below. */
export const HeadingLevel3: Story = {
  name: 'Heading level 3',
  render,
  args: { summary: SUMMARY, 'heading-level': 3 },
};

/** At level 6 the gaps' headings stay at 6: headings never go past h6. */
export const HeadingLevel6: Story = {
  name: 'Heading level 6 (clamped)',
  render,
  args: { summary: SUMMARY, 'heading-level': 6 },
};

/**
 * Written into the page, so it reads before and without JavaScript: no `summary`,
 * the author's own heading and list are shown as written.
 */
export const Inline: Story = {
  name: 'Inline (light DOM)',
  render: () => html`<eg-evidence-gaps>
    <h2>Gaps in the evidence</h2>
    <ul>
      <li>More studies of the models and features of integration in current use.</li>
      <li>More rigorously designed studies to identify the specific features of effective integrated practice.</li>
    </ul>
  </eg-evidence-gaps>`,
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
