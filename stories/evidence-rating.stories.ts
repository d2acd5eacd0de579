import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { EVIDENCE_LEVELS } from '../src/content/levels.js';
import { THEMES } from '../src/internal/theme.js';
import '../src/components/evidence-rating/eg-evidence-rating.js';
import { FAILING_SUMMARY, LOADING_SUMMARY, SUMMARY, UNKNOWN_THEME } from './story-states.js';

/** The element's attributes, by attribute name, plus `text`: its light-DOM content. */
interface RatingArgs {
  level?: string;
  wording?: string;
  'wording-lang'?: string;
  ungraded?: boolean;
  summary?: string;
  finding?: string;
  theme?: string;
  text?: string;
}

/** Every story renders through this (plain function of args, also used by the axe test of every story). */
const render = (args: RatingArgs) =>
  html`<eg-evidence-rating
    level=${args.level || nothing}
    wording=${args.wording || nothing}
    wording-lang=${args['wording-lang'] || nothing}
    ?ungraded=${args.ungraded ?? false}
    summary=${args.summary || nothing}
    finding=${args.finding || nothing}
    theme=${args.theme || nothing}
    >${args.text || nothing}</eg-evidence-rating
  >`;

const meta: Meta<RatingArgs> = {
  title: 'Widgets/Evidence rating',
  component: 'eg-evidence-rating',
  tags: ['autodocs'],
  render,
  args: {},
  argTypes: {
    level: { control: 'select', options: EVIDENCE_LEVELS },
    'wording-lang': { control: 'text' },
    ungraded: { control: 'boolean' },
    summary: { control: 'text' },
    finding: { control: 'text' },
    theme: { control: 'select', options: ['', ...THEMES] },
    text: {
      control: 'text',
      description: 'Light-DOM text: shown before (and without) JavaScript, and used as the wording when `wording` is not set.',
      table: { category: 'light DOM' },
    },
  },
};
export default meta;

type Story = StoryObj<RatingArgs>;

/** A finding's grade taken from the bundled content, with its source line (shown on its own). */
export const Default: Story = {
  name: 'From content (default)',
  render,
  args: { summary: SUMMARY, finding: 'quality-not-type' },
};

// One story per level, each with wording the source summary really uses for that level.

export const Strong: Story = {
  render,
  args: { level: 'strong', wording: 'robust evidence' },
};

export const Moderate: Story = {
  render,
  args: { level: 'moderate', wording: 'some evidence' },
};

export const Emerging: Story = {
  render,
  args: { level: 'emerging', wording: 'various studies suggest' },
};

export const Indirect: Story = {
  render,
  args: { level: 'indirect', wording: 'some indirect and partial evidence' },
};

export const NoDirectEvidence: Story = {
  name: 'No direct and definitive evidence',
  render,
  args: { level: 'none', wording: 'no direct and definitive evidence' },
};

/** The source makes the statement without grading the evidence. */
export const Ungraded: Story = {
  render,
  args: { ungraded: true },
};

/** A finding the source does not grade, from content: "Not graded", never an invented grade. */
export const UngradedFromContent: Story = {
  name: 'Ungraded, from content',
  render,
  args: { summary: SUMMARY, finding: 'specific-training' },
};

/**
 * Written into the page with the source's words as its text, so it reads before and
 * without JavaScript; the text is then used as the wording.
 */
export const LightDomText: Story = {
  name: 'Light-DOM text fallback',
  render,
  args: { level: 'emerging', text: 'various studies suggest' },
};

/** On a Welsh page the library's words are Welsh; the source's English wording is marked as English. */
export const Welsh: Story = {
  render: (args) => html`<div lang="cy">${render(args)}</div>`,
  args: { level: 'moderate', wording: 'some evidence', 'wording-lang': 'en' },
};

/** While the summary loads, the widget is busy (`:state(loading)`, announced as busy) and a status message says so. */
export const Loading: Story = {
  name: 'Loading',
  tags: ['loading-state'],
  render,
  args: { summary: LOADING_SUMMARY, finding: 'quality-not-type' },
};

/** A level that is not on the scale: the widget names the value instead of guessing. */
export const InvalidLevel: Story = {
  name: 'Invalid level (error)',
  tags: ['error-state'],
  render,
  args: { level: 'very strong', wording: 'robust evidence' },
  argTypes: { level: { control: 'text' } },
};

/** No `level` (and not `ungraded`): the widget says the attribute is needed. */
export const MissingLevel: Story = {
  name: 'Missing level (error)',
  tags: ['error-state'],
  render,
  args: { wording: 'some evidence' },
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
  args: { level: 'strong', wording: 'robust evidence', theme: UNKNOWN_THEME },
  argTypes: { theme: { control: 'text' } },
};
