import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { THEMES } from '../src/internal/theme.js';
import '../src/components/summary/eg-summary.js';
import { FAILING_SUMMARY, LOADING_SUMMARY, SUMMARY, UNKNOWN_THEME } from './story-states.js';

/** The element's attributes, by attribute name. */
interface SummaryArgs {
  summary?: string;
  src?: string;
  'heading-level'?: number;
  theme?: string;
}

/** Renders a whole summary from bundled content or a file (plain function of args, also used by the axe test of every story). */
const render = (args: SummaryArgs) =>
  html`<eg-summary
    summary=${args.summary || nothing}
    src=${args.src || nothing}
    heading-level=${args['heading-level'] ?? nothing}
    theme=${args.theme || nothing}
  ></eg-summary>`;

const meta: Meta<SummaryArgs> = {
  title: 'Widgets/Summary',
  component: 'eg-summary',
  tags: ['autodocs'],
  render,
  args: { summary: SUMMARY },
  argTypes: {
    summary: { control: 'text' },
    src: { control: 'text' },
    'heading-level': { control: { type: 'number', min: 1, max: 6, step: 1 } },
    theme: { control: 'select', options: ['', ...THEMES] },
  },
};
export default meta;

type Story = StoryObj<SummaryArgs>;

/**
 * The whole summary: title, contents list, provenance, scope, introduction, the note about the
 * evidence, the policy context, key findings (the overall conclusion first), stakeholder views, implications, what works,
 * gaps, references and glossary. Each contents link moves focus to its section's heading.
 */
export const Default: Story = {
  render,
  args: { summary: SUMMARY },
};

/** The page's main content: the title is the page's h1, sections h2, items h3. */
export const HeadingLevel1: Story = {
  name: 'Heading level 1 (the whole page)',
  render,
  args: { summary: SUMMARY, 'heading-level': 1 },
};

/** Under a page's h2: the title at h3, sections at h4, items at h5. */
export const HeadingLevel3: Story = {
  name: 'Heading level 3',
  render,
  args: { summary: SUMMARY, 'heading-level': 3 },
};

/** Title at h5, sections at h6, and items stay at h6: headings never go past h6. */
export const HeadingLevel5: Story = {
  name: 'Heading level 5 (clamped)',
  render,
  args: { summary: SUMMARY, 'heading-level': 5 },
};

/**
 * Written into the page, so it reads before and without JavaScript: no `summary`, the
 * author's own headings and widgets are shown as written.
 */
export const Inline: Story = {
  name: 'Inline (light DOM)',
  render: () => html`<eg-summary>
    <h2>Integrating early years services: what the evidence says</h2>
    <p>A summary of C4EO's Early Years progress map summary no. 3 (March 2009).</p>
    <eg-finding>
      <h3>The quality of integration, rather than its type, is what matters for improving outcomes</h3>
      <eg-evidence-rating level="moderate" wording="some evidence">Strength of evidence: some evidence</eg-evidence-rating>
    </eg-finding>
  </eg-summary>`,
  args: {},
  parameters: { controls: { disable: true } },
};

/** On a Welsh page the library's words (contents, section headings, labels) are Welsh; the English content keeps `lang="en"`. */
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

/**
 * A council's own summary, a Markdown file in the format of `content/`, shown with `src` and
 * no build step (the file is served beside Storybook; see `staticDirs` in `.storybook/main.ts`).
 */
export const FromFile: Story = {
  name: 'From a Markdown file (src)',
  render,
  args: { summary: '', src: 'test/fixtures/src/our-summary.md' },
};

/**
 * A file with mistakes: a short message for readers, the author's list (line, what is wrong,
 * the fix) in a disclosure, the whole list in the console, and "Try again".
 */
export const FromFileWithMistakes: Story = {
  name: 'From a file with mistakes (error)',
  tags: ['error-state'],
  render,
  args: { summary: '', src: 'test/fixtures/src/mistakes.md' },
};

/** A `theme` that does not exist: the widget says so and keeps the default look. */
export const UnknownTheme: Story = {
  name: 'Unknown theme (error)',
  tags: ['error-state'],
  render,
  args: { summary: SUMMARY, theme: UNKNOWN_THEME },
  argTypes: { theme: { control: 'text' } },
};
