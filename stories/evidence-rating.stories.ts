import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { EVIDENCE_LEVELS } from '../src/content/levels.js';
import '../src/components/evidence-rating/eg-evidence-rating.js';

/** The element's attributes, by attribute name, plus `text`: its light-DOM content. */
interface RatingArgs {
  level?: string;
  wording?: string;
  'wording-lang'?: string;
  ungraded?: boolean;
  text?: string;
}

/** Every story renders through this (plain function of args, also used by the axe test of every story). */
const render = (args: RatingArgs) =>
  html`<eg-evidence-rating
    level=${args.level || nothing}
    wording=${args.wording || nothing}
    wording-lang=${args['wording-lang'] || nothing}
    ?ungraded=${args.ungraded ?? false}
    >${args.text || nothing}</eg-evidence-rating
  >`;

const meta: Meta<RatingArgs> = {
  title: 'Widgets/Evidence rating',
  component: 'eg-evidence-rating',
  tags: ['autodocs'],
  render,
  argTypes: {
    level: { control: 'select', options: EVIDENCE_LEVELS },
    'wording-lang': { control: 'text' },
    ungraded: { control: 'boolean' },
    text: {
      control: 'text',
      description: 'Light-DOM text: shown before (and without) JavaScript, and used as the wording when `wording` is not set.',
      table: { category: 'light DOM' },
    },
  },
};
export default meta;

type Story = StoryObj<RatingArgs>;

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
  name: 'No direct evidence',
  render,
  args: { level: 'none', wording: 'no direct and definitive evidence' },
};

/** The source makes the statement without grading the evidence. */
export const Ungraded: Story = {
  render,
  args: { ungraded: true },
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

/** A level that is not on the scale: the widget names the value instead of guessing. */
export const InvalidLevel: Story = {
  name: 'Invalid level (error)',
  render,
  args: { level: 'very strong', wording: 'robust evidence' },
  argTypes: { level: { control: 'text' } },
};

/** On a Welsh page the library's words are Welsh; the source's English wording is marked as English. */
export const Welsh: Story = {
  render: (args) => html`<div lang="cy">${render(args)}</div>`,
  args: { level: 'moderate', wording: 'some evidence', 'wording-lang': 'en' },
};
