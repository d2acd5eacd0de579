import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { THEMES } from '../src/internal/theme.js';
import '../src/components/glossary-term/eg-glossary-term.js';
import { FAILING_SUMMARY, LOADING_SUMMARY, SUMMARY, UNKNOWN_THEME } from './story-states.js';

/** The element's attributes, by attribute name, plus `text`: the term as written in the page (light DOM). */
interface GlossaryTermArgs {
  summary?: string;
  term?: string;
  open?: boolean;
  theme?: string;
  text?: string;
}

/** The term alone (plain function of args). */
const term = (args: GlossaryTermArgs) =>
  html`<eg-glossary-term summary=${args.summary || nothing} term=${args.term || nothing} ?open=${args.open ?? false} theme=${args.theme || nothing}
    >${args.text || nothing}</eg-glossary-term
  >`;

/** The term inside a sentence of the page, where it belongs (also used by the axe test of every story). */
const render = (args: GlossaryTermArgs) =>
  html`<p>Partners agree what help each family needs, using ${term(args)} that every service understands.</p>`;

const meta: Meta<GlossaryTermArgs> = {
  title: 'Widgets/Glossary term',
  component: 'eg-glossary-term',
  tags: ['autodocs'],
  render,
  args: { summary: SUMMARY, term: 'tiers-of-need', text: 'tiers of need' },
  argTypes: {
    summary: { control: 'text' },
    term: {
      control: 'select',
      options: ['tiers-of-need', 'every-child-matters', 'safeguarding', 'universal-services', 'targeted-services', 'preventative-services', 'integrated-working'],
    },
    open: { control: 'boolean' },
    theme: { control: 'select', options: ['', ...THEMES] },
    text: {
      control: 'text',
      description: 'Light-DOM text: the term as the page writes it, readable without JavaScript. Empty: the glossary’s own term is shown.',
      table: { category: 'light DOM' },
    },
  },
};
export default meta;

type Story = StoryObj<GlossaryTermArgs>;

/** Press the term (or hover, or Enter or Space on it) to show the definition; Escape closes it. */
export const Default: Story = {
  render,
  args: { summary: SUMMARY, term: 'tiers-of-need', text: 'tiers of need' },
};

/** The definition shown (the `open` attribute), in the library's words and saying so. */
export const Open: Story = {
  name: 'Open',
  render,
  args: { summary: SUMMARY, term: 'tiers-of-need', text: 'tiers of need', open: true },
};

/** With no text of its own, the widget shows the glossary's term. */
export const GlossaryWording: Story = {
  name: 'Without page text (glossary’s term)',
  render,
  args: { summary: SUMMARY, term: 'tiers-of-need', text: '' },
};

/** Several terms in one paragraph, each with its own definition. */
export const SeveralTerms: Story = {
  name: 'Several terms in a paragraph',
  render: (args) =>
    html`<p>
      Under ${term({ ...args, term: 'every-child-matters', text: 'Every Child Matters' })}, councils joined up
      ${term({ ...args, term: 'universal-services', text: 'universal' })},
      ${term({ ...args, term: 'targeted-services', text: 'targeted' })} and
      ${term({ ...args, term: 'preventative-services', text: 'preventative services' })}, while keeping
      ${term({ ...args, term: 'safeguarding', text: 'safeguarding' })} at the centre of
      ${term({ ...args, term: 'integrated-working', text: 'integrated working' })}.
    </p>`,
  args: { summary: SUMMARY },
};

/**
 * Written into the page with no `summary`: the page's own words, with no definition. This is
 * also what readers see before (and without) JavaScript.
 */
export const Inline: Story = {
  name: 'Inline (light DOM)',
  render,
  args: { summary: '', term: '', text: 'tiers of need' },
  parameters: { controls: { disable: true } },
};

/** On a Welsh page the library's words are Welsh; the English term and definition keep `lang="en"`. */
export const Welsh: Story = {
  render: (args) => html`<div lang="cy">${render(args)}</div>`,
  args: { summary: SUMMARY, term: 'safeguarding', text: 'safeguarding', open: true },
};

/**
 * While the summary loads, the widget is busy (`:state(loading)`) and the page's own text for the term
 * stays in place (no "Loading…" inside the sentence).
 */
export const Loading: Story = {
  tags: ['loading-state'],
  render,
  args: { summary: LOADING_SUMMARY, term: 'tiers-of-need', text: 'tiers of need' },
};

/** A term id that is not in the glossary: the page's text stays, with a message naming the id. */
export const UnknownTerm: Story = {
  name: 'Unknown term id (error)',
  tags: ['error-state'],
  render,
  args: { summary: SUMMARY, term: 'thresholds', text: 'thresholds' },
};

/** A summary id that is not bundled: the widget names it (and logs the valid ids). */
export const UnknownSummary: Story = {
  name: 'Unknown summary (error)',
  tags: ['error-state'],
  render,
  args: { summary: 'early-years', term: 'tiers-of-need', text: 'tiers of need' },
};

/** A `term` without `summary`: the widget says which attribute is missing. */
export const MissingSummary: Story = {
  name: 'Missing summary attribute (error)',
  tags: ['error-state'],
  render,
  args: { summary: '', term: 'tiers-of-need', text: 'tiers of need' },
};

/** The summary could not be loaded (a network failure, say): the page's text stays, with "Try again". */
export const LoadFailed: Story = {
  name: 'Load failed (error)',
  tags: ['error-state'],
  render,
  args: { summary: FAILING_SUMMARY, term: 'tiers-of-need', text: 'tiers of need' },
};

/** A `theme` that does not exist: the widget says so and keeps the default look. */
export const UnknownTheme: Story = {
  name: 'Unknown theme (error)',
  tags: ['error-state'],
  render,
  args: { summary: SUMMARY, term: 'tiers-of-need', text: 'tiers of need', theme: UNKNOWN_THEME },
  argTypes: { theme: { control: 'text' } },
};
