import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { THEMES } from '../src/internal/theme.js';
import '../src/components/finding/eg-finding.js';
import { FAILING_SUMMARY, LOADING_SUMMARY, SUMMARY, UNKNOWN_THEME } from './story-states.js';

/** The element's attributes, by attribute name. */
interface FindingArgs {
  summary?: string;
  finding?: string;
  'heading-level'?: number;
  theme?: string;
}

/** Renders a finding from bundled content (plain function of args, also used by the axe test of every story). */
const render = (args: FindingArgs) =>
  html`<eg-finding
    summary=${args.summary || nothing}
    finding=${args.finding || nothing}
    heading-level=${args['heading-level'] ?? nothing}
    theme=${args.theme || nothing}
  ></eg-finding>`;

const meta: Meta<FindingArgs> = {
  title: 'Widgets/Finding',
  component: 'eg-finding',
  tags: ['autodocs'],
  render,
  args: { summary: SUMMARY, finding: 'high-quality-preschool' },
  argTypes: {
    summary: { control: 'text' },
    finding: { control: 'text' },
    'heading-level': { control: { type: 'number', min: 1, max: 6, step: 1 } },
    theme: { control: 'select', options: ['', ...THEMES] },
  },
};
export default meta;

type Story = StoryObj<FindingArgs>;

export const Default: Story = {
  render,
  args: { summary: SUMMARY, finding: 'high-quality-preschool' },
};

// One finding from the content for each level of the evidence scale.

/** A lone finding travels with the claim it depends on: "robust evidence" about combined approaches is only "indirect evidence" about integration. */
export const Strong: Story = {
  name: 'Strong: a lone finding with its related claim',
  render,
  args: { summary: SUMMARY, finding: 'combined-approaches' },
};

export const Moderate: Story = {
  name: 'Some (“some evidence”)',
  render,
  args: { summary: SUMMARY, finding: 'quality-not-type' },
};

export const Emerging: Story = {
  name: 'Suggested by studies',
  render,
  args: { summary: SUMMARY, finding: 'characteristics-of-success' },
};

export const Indirect: Story = {
  name: 'Indirect only',
  render,
  args: { summary: SUMMARY, finding: 'indirect-evidence-of-effectiveness' },
};

export const NoDirectEvidence: Story = {
  name: 'No direct and definitive evidence',
  render,
  args: { summary: SUMMARY, finding: 'no-direct-evidence' },
};

/** A statement the source makes without grading the evidence for it. */
export const Ungraded: Story = {
  name: 'Ungraded statement',
  render,
  args: { summary: SUMMARY, finding: 'specific-training' },
};

/** `heading-level` fits the finding into the page's outline. 2 is the default. */
export const HeadingLevel2: Story = {
  name: 'Heading level 2',
  render,
  args: { summary: SUMMARY, finding: 'quality-not-type', 'heading-level': 2 },
};

export const HeadingLevel4: Story = {
  name: 'Heading level 4',
  render,
  args: { summary: SUMMARY, finding: 'quality-not-type', 'heading-level': 4 },
};

export const HeadingLevel6: Story = {
  name: 'Heading level 6',
  render,
  args: { summary: SUMMARY, finding: 'quality-not-type', 'heading-level': 6 },
};

/**
 * Written into the page, so it reads before and without JavaScript: no `summary`,
 * the author's own heading, text and rating are shown as written.
 */
export const Inline: Story = {
  name: 'Inline (light DOM)',
  render: () => html`<eg-finding>
    <h3>High-quality pre-school provision that integrates childcare and education benefits children</h3>
    <eg-evidence-rating level="strong" wording="strong evidence">Strength of evidence: strong evidence</eg-evidence-rating>
    <p>The benefits are to children’s cognitive and behavioural outcomes, up to the age of 11.</p>
  </eg-finding>`,
  args: {},
  parameters: { controls: { disable: true } },
};

/** On a Welsh page the library's words are Welsh; the English content keeps `lang="en"`. */
export const Welsh: Story = {
  render: (args) => html`<div lang="cy">${render(args)}</div>`,
  args: { summary: SUMMARY, finding: 'quality-not-type' },
};

/** While the summary loads, the widget is busy (`:state(loading)`, announced as busy) and a status message says so. */
export const Loading: Story = {
  tags: ['loading-state'],
  render,
  args: { summary: LOADING_SUMMARY, finding: 'quality-not-type' },
};

/** A finding id that is not in the summary: the widget names it (and logs the valid ids). */
export const UnknownFinding: Story = {
  name: 'Unknown finding id (error)',
  tags: ['error-state'],
  render,
  args: { summary: SUMMARY, finding: 'quality-matters' },
};

/** A summary id that is not bundled: the widget names it (and logs the valid ids). */
export const UnknownSummary: Story = {
  name: 'Unknown summary (error)',
  tags: ['error-state'],
  render,
  args: { summary: 'early-years', finding: 'quality-not-type' },
};

/** A `finding` without `summary`: the widget says which attribute is missing. */
export const MissingSummary: Story = {
  name: 'Missing summary attribute (error)',
  tags: ['error-state'],
  render,
  args: { summary: '', finding: 'quality-not-type' },
};

/** The summary could not be loaded (a network failure, say): the widget offers "Try again". */
export const LoadFailed: Story = {
  name: 'Load failed (error)',
  tags: ['error-state'],
  render,
  args: { summary: FAILING_SUMMARY, finding: 'quality-not-type' },
};

/** A `theme` that does not exist: the widget says so and keeps the default look. */
export const UnknownTheme: Story = {
  name: 'Unknown theme (error)',
  tags: ['error-state'],
  render,
  args: { summary: SUMMARY, finding: 'quality-not-type', theme: UNKNOWN_THEME },
  argTypes: { theme: { control: 'text' } },
};
