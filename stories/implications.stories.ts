import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { THEMES } from '../src/internal/theme.js';
import '../src/components/implications/eg-implications.js';
import { AUDIENCE_FILTERS, IMPLICATIONS_PRINT_MODES } from '../src/components/implications/implications.js';
import { FAILING_SUMMARY, LOADING_SUMMARY, SUMMARY, UNKNOWN_THEME } from './story-states.js';

/** The element's attributes, by attribute name. */
interface ImplicationsArgs {
  summary?: string;
  audience?: string;
  print?: string;
  'heading-level'?: number;
  theme?: string;
}

/** Renders the implications from bundled content (plain function of args, also used by the axe test of every story). */
const render = (args: ImplicationsArgs) =>
  html`<eg-implications
    summary=${args.summary || nothing}
    audience=${args.audience || nothing}
    print=${args.print || nothing}
    heading-level=${args['heading-level'] ?? nothing}
    theme=${args.theme || nothing}
  ></eg-implications>`;

const meta: Meta<ImplicationsArgs> = {
  title: 'Widgets/Implications',
  component: 'eg-implications',
  tags: ['autodocs'],
  render,
  args: { summary: SUMMARY, audience: 'all' },
  argTypes: {
    summary: { control: 'text' },
    audience: { control: 'select', options: AUDIENCE_FILTERS },
    print: { control: 'select', options: IMPLICATIONS_PRINT_MODES },
    'heading-level': { control: { type: 'number', min: 1, max: 6, step: 1 } },
    theme: { control: 'select', options: ['', ...THEMES] },
  },
};
export default meta;

type Story = StoryObj<ImplicationsArgs>;

/** Both audiences, with the radio group that lets the reader show one of them. Printing shows both. */
export const Default: Story = {
  render,
  args: { summary: SUMMARY, audience: 'all' },
};

/** Only the implications for local decision makers and managers; no switch. */
export const Local: Story = {
  name: 'Audience: local',
  render,
  args: { summary: SUMMARY, audience: 'local' },
};

/** Only the implications for regional and national government; no switch. */
export const National: Story = {
  name: 'Audience: national',
  render,
  args: { summary: SUMMARY, audience: 'national' },
};

/** `print="as-shown"`: printing shows only the audience the reader chose. */
export const PrintAsShown: Story = {
  name: 'Print as shown',
  render,
  args: { summary: SUMMARY, audience: 'all', print: 'as-shown' },
};

/** `heading-level` fits the section into the page's outline: audiences one level below, items two. */
export const HeadingLevel3: Story = {
  name: 'Heading level 3',
  render,
  args: { summary: SUMMARY, 'heading-level': 3 },
};

/** At level 5 the items' headings stay at 6: headings never go past h6. */
export const HeadingLevel5: Story = {
  name: 'Heading level 5 (clamped)',
  render,
  args: { summary: SUMMARY, 'heading-level': 5 },
};

/** Written into the page, so it reads before and without JavaScript: the author's headings are kept. */
export const Inline: Story = {
  name: 'Inline (light DOM)',
  render: () => html`<eg-implications>
    <h2>Implications</h2>
    <h3>For local decision makers and managers</h3>
    <ul>
      <li>Clarify the objectives of integrated working for everyone involved in managing and delivering services</li>
      <li>Involve the people who use services in planning and delivering them</li>
    </ul>
    <h3>For regional and national government</h3>
    <ul>
      <li>Make better provision, nationally and regionally, for workforce development that supports integrated early years services</li>
    </ul>
  </eg-implications>`,
  args: {},
  parameters: { controls: { disable: true } },
};

/** On a Welsh page the library's words are Welsh; the English content keeps `lang="en"`. */
export const Welsh: Story = {
  render: (args) => html`<div lang="cy">${render(args)}</div>`,
  args: { summary: SUMMARY, audience: 'all' },
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

/** An audience that does not exist: the widget names it (and logs the valid values). */
export const InvalidAudience: Story = {
  name: 'Invalid audience (error)',
  tags: ['error-state'],
  render,
  args: { summary: SUMMARY, audience: 'regional' },
  argTypes: { audience: { control: 'text' } },
};

/** A `print` value that does not exist: the widget names it (and logs the valid values). */
export const InvalidPrint: Story = {
  name: 'Invalid print (error)',
  tags: ['error-state'],
  render,
  args: { summary: SUMMARY, audience: 'all', print: 'never' },
  argTypes: { print: { control: 'text' } },
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
