import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/evidence-gaps/eg-evidence-gap.js';

/** The element's attributes, by attribute name. */
interface EvidenceGapArgs {
  summary?: string;
  gap?: string;
  'heading-level'?: number;
}

/** Renders one evidence gap from bundled content (plain function of args, also used by the axe test of every story). */
const render = (args: EvidenceGapArgs) =>
  html`<eg-evidence-gap
    summary=${args.summary || nothing}
    gap=${args.gap || nothing}
    heading-level=${args['heading-level'] ?? nothing}
  ></eg-evidence-gap>`;

const SUMMARY = 'early-years-integration';

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

/** A gap id that is not in the summary: the widget names it (and logs the valid ids). */
export const UnknownGap: Story = {
  name: 'Unknown gap id (error)',
  render,
  args: { summary: SUMMARY, gap: 'more-research' },
};

/** A summary id that is not bundled: the widget names it (and logs the valid ids). */
export const UnknownSummary: Story = {
  name: 'Unknown summary (error)',
  render,
  args: { summary: 'early-years', gap: 'rigorous-studies' },
};
