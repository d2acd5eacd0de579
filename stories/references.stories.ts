import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { THEMES } from '../src/internal/theme.js';
import '../src/components/references/eg-references.js';
import { FAILING_SUMMARY, LOADING_SUMMARY, SUMMARY, UNKNOWN_THEME } from './story-states.js';

/** The element's attributes, by attribute name. */
interface ReferencesArgs {
  summary?: string;
  reference?: string;
  'heading-level'?: number;
  theme?: string;
}

/** Renders the references from bundled content (plain function of args, also used by the axe test of every story). */
const render = (args: ReferencesArgs) =>
  html`<eg-references
    summary=${args.summary || nothing}
    reference=${args.reference || nothing}
    heading-level=${args['heading-level'] ?? nothing}
    theme=${args.theme || nothing}
  ></eg-references>`;

const meta: Meta<ReferencesArgs> = {
  title: 'Widgets/References',
  component: 'eg-references',
  tags: ['autodocs'],
  render,
  args: { summary: SUMMARY },
  argTypes: {
    summary: { control: 'text' },
    reference: { control: 'select', options: ['', 'siraj-blatchford-2009a', 'lord-2008', 'siraj-blatchford-2009b', 'coghlan-2009'] },
    'heading-level': { control: { type: 'number', min: 1, max: 6, step: 1 } },
    theme: { control: 'select', options: ['', ...THEMES] },
  },
};
export default meta;

type Story = StoryObj<ReferencesArgs>;

/**
 * Every reference, Harvard style, with its role, its address as the source gives it (and a
 * note that it dates from 2009), and a "Copy citation" button. Where the clipboard is not
 * available, the citation is shown selected with an instruction to copy it with the keyboard.
 */
export const Default: Story = {
  render,
  args: { summary: SUMMARY },
};

/** One reference on its own (`reference="lord-2008"`), without the list heading. */
export const OneReference: Story = {
  name: 'One reference',
  render,
  args: { summary: SUMMARY, reference: 'lord-2008' },
};

/** A related review the source names only by author, year and topic: nothing is invented. */
export const RelatedReview: Story = {
  name: 'Related review (fewer fields)',
  render,
  args: { summary: SUMMARY, reference: 'coghlan-2009' },
};

/** `heading-level` fits the list into the page's outline. */
export const HeadingLevel3: Story = {
  name: 'Heading level 3',
  render,
  args: { summary: SUMMARY, 'heading-level': 3 },
};

/** Written into the page, so it reads before and without JavaScript: the author's list is kept. */
export const Inline: Story = {
  name: 'Inline (light DOM)',
  render: () => html`<eg-references>
    <h2>References</h2>
    <ul>
      <li>
        Lord, P., Springate, I., Atkinson, M., Haines, B., Morris, M., O'Donnell, L., Benefield, P., Harper, A. and
        Sharp, C. (2008) <cite>Improving development outcomes for children through effective practice in integrating
        early years services: scoping review 1</cite>, London: Centre for Excellence and Outcomes in Children and Young
        People's Services.
      </li>
    </ul>
  </eg-references>`,
  args: {},
  parameters: { controls: { disable: true } },
};

/** On a Welsh page the library's words are Welsh; the citations keep `lang="en"`. */
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

/** A reference id that is not in the summary: the widget names it (and logs the valid ids). */
export const UnknownReference: Story = {
  name: 'Unknown reference (error)',
  tags: ['error-state'],
  render,
  args: { summary: SUMMARY, reference: 'smith-1999' },
  argTypes: { reference: { control: 'text' } },
};

/** A `reference` without `summary`: the widget says which attribute is missing. */
export const MissingSummary: Story = {
  name: 'Missing summary attribute (error)',
  tags: ['error-state'],
  render,
  args: { summary: '', reference: 'lord-2008' },
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
