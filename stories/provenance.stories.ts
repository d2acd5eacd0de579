import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { THEMES } from '../src/internal/theme.js';
import '../src/components/provenance/eg-provenance.js';
import { FAILING_SUMMARY, LOADING_SUMMARY, SUMMARY, UNKNOWN_THEME } from './story-states.js';

/** The element's attributes, by attribute name, plus `now`: the clock, as `YYYY-MM-DD` (empty: the real clock). */
interface ProvenanceArgs {
  summary?: string;
  'heading-level'?: number;
  'age-notice-years'?: number;
  now?: string;
  theme?: string;
}

/** The `now` property from the story's date (the real clock when empty or not a date). */
function clock(now: string | undefined): Date | (() => Date) {
  const date = now ? new Date(`${now}T12:00:00`) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : () => new Date();
}

/** Renders the provenance from bundled content (plain function of args, also used by the axe test of every story). */
const render = (args: ProvenanceArgs) =>
  html`<eg-provenance
    summary=${args.summary || nothing}
    heading-level=${args['heading-level'] ?? nothing}
    age-notice-years=${args['age-notice-years'] ?? nothing}
    .now=${clock(args.now)}
    theme=${args.theme || nothing}
  ></eg-provenance>`;

const meta: Meta<ProvenanceArgs> = {
  title: 'Widgets/Provenance',
  component: 'eg-provenance',
  tags: ['autodocs'],
  render,
  args: { summary: SUMMARY },
  argTypes: {
    summary: { control: 'text' },
    'heading-level': { control: { type: 'number', min: 1, max: 6, step: 1 } },
    'age-notice-years': { control: { type: 'number', min: 1, step: 1 } },
    now: {
      control: 'text',
      description: 'The `now` property (a Date or a function returning one), set here as `YYYY-MM-DD`. Empty: the real clock.',
      table: { category: 'properties' },
    },
    theme: { control: 'select', options: ['', ...THEMES] },
  },
};
export default meta;

type Story = StoryObj<ProvenanceArgs>;

/** Publisher, dates, series, the review it is based on, copyright and citation, with the real clock. */
export const Default: Story = {
  render,
  args: { summary: SUMMARY },
};

/** Seen in November 2026: the summary is 17 years old, so the widget says newer evidence may exist. */
export const OldClock: Story = {
  name: 'Clock: November 2026 (age notice)',
  render,
  args: { summary: SUMMARY, now: '2026-11-30' },
};

/** Seen in January 2010, months after publication: no age notice. */
export const NewClock: Story = {
  name: 'Clock: January 2010 (no notice)',
  render,
  args: { summary: SUMMARY, now: '2010-01-15' },
};

/** `age-notice-years="1"`: the notice shows once the summary is a year old. */
export const OneYearThreshold: Story = {
  name: 'age-notice-years: 1',
  render,
  args: { summary: SUMMARY, now: '2010-04-01', 'age-notice-years': 1 },
};

/** `heading-level` fits the section into the page's outline. */
export const HeadingLevel4: Story = {
  name: 'Heading level 4',
  render,
  args: { summary: SUMMARY, 'heading-level': 4, now: '2026-11-30' },
};

/** Written into the page, so it reads before and without JavaScript: the author's heading is kept. */
export const Inline: Story = {
  name: 'Inline (light DOM)',
  render: () => html`<eg-provenance>
    <h2>About this evidence summary</h2>
    <p>
      Published by the Centre for Excellence and Outcomes in Children and Young People's Services (C4EO) in March 2009:
      Early Years progress map summary no. 3.
    </p>
  </eg-provenance>`,
  args: {},
  parameters: { controls: { disable: true } },
};

/** On a Welsh page the library's words and month names are Welsh; the English content keeps `lang="en"`. */
export const Welsh: Story = {
  render: (args) => html`<div lang="cy">${render(args)}</div>`,
  args: { summary: SUMMARY, now: '2026-11-30' },
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

/** An `age-notice-years` that is not a whole number of 1 or more: the widget names it. */
export const InvalidAgeNoticeYears: Story = {
  name: 'Invalid age-notice-years (error)',
  tags: ['error-state'],
  render,
  args: { summary: SUMMARY, 'age-notice-years': 0, now: '2026-11-30' },
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
