import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/key-findings/eg-key-findings.js';
import { EVIDENCE_LEVELS } from '../src/content/levels.js';
import { THEMES } from '../src/internal/theme.js';
import { FAILING_SUMMARY, LOADING_SUMMARY, SUMMARY, UNKNOWN_THEME } from './story-states.js';

/** The element's attributes, by attribute name. */
interface KeyFindingsArgs {
  summary?: string;
  'min-level'?: string;
  order?: string;
  'heading-level'?: number;
  theme?: string;
}

/** Renders the key findings from bundled content (plain function of args, also used by the axe test of every story). */
const render = (args: KeyFindingsArgs) =>
  html`<eg-key-findings
    summary=${args.summary || nothing}
    min-level=${args['min-level'] || nothing}
    order=${args.order || nothing}
    heading-level=${args['heading-level'] ?? nothing}
    theme=${args.theme || nothing}
  ></eg-key-findings>`;

const meta: Meta<KeyFindingsArgs> = {
  title: 'Widgets/Key findings',
  component: 'eg-key-findings',
  tags: ['autodocs'],
  render,
  args: { summary: SUMMARY },
  argTypes: {
    summary: { control: 'text' },
    'min-level': { control: 'select', options: ['', ...EVIDENCE_LEVELS] },
    order: { control: 'select', options: ['', 'source', 'strength'] },
    'heading-level': { control: { type: 'number', min: 1, max: 6, step: 1 } },
    theme: { control: 'select', options: ['', ...THEMES] },
  },
};
export default meta;

type Story = StoryObj<KeyFindingsArgs>;

/** Every finding in the source's order: the summary's overall conclusion first, labelled. */
export const Default: Story = {
  render,
  args: { summary: SUMMARY },
};

/** `order="strength"`: the other findings strongest first; the overall conclusion still comes first. */
export const OrderStrength: Story = {
  name: 'order: strength (opt-in)',
  render,
  args: { summary: SUMMARY, order: 'strength' },
};

// `min-level` hides findings the library reads as weaker (and ungraded statements), but never the
// overall conclusion; it keeps a one-line caveat in view, says how many it hides, and offers a
// button that shows them all.

/** Filtered: the overall conclusion, the caveat line, "5 findings are hidden" and the show-all button. */
export const MinLevelStrong: Story = {
  name: 'min-level: strong (filtered, with hidden count)',
  render,
  args: { summary: SUMMARY, 'min-level': 'strong' },
};

export const MinLevelModerate: Story = {
  name: 'min-level: moderate',
  render,
  args: { summary: SUMMARY, 'min-level': 'moderate' },
};

export const MinLevelEmerging: Story = {
  name: 'min-level: emerging',
  render,
  args: { summary: SUMMARY, 'min-level': 'emerging' },
};

export const MinLevelIndirect: Story = {
  name: 'min-level: indirect',
  render,
  args: { summary: SUMMARY, 'min-level': 'indirect' },
};

export const MinLevelNone: Story = {
  name: 'min-level: none (every graded finding)',
  render,
  args: { summary: SUMMARY, 'min-level': 'none' },
};

/** `heading-level` fits the list into the page's outline; each finding is one level below. */
export const HeadingLevel3: Story = {
  name: 'Heading level 3',
  render,
  args: { summary: SUMMARY, 'min-level': 'moderate', 'heading-level': 3 },
};

/** At level 6 the findings' headings stay at 6: headings never go past h6. */
export const HeadingLevel6: Story = {
  name: 'Heading level 6 (clamped)',
  render,
  args: { summary: SUMMARY, 'min-level': 'moderate', 'heading-level': 6 },
};

/**
 * Written into the page, so it reads before and without JavaScript: no `summary`,
 * the author's own heading and findings are shown as written.
 */
export const Inline: Story = {
  name: 'Inline (light DOM)',
  render: () => html`<eg-key-findings>
    <h2>Key findings</h2>
    <eg-finding>
      <h3>Combined approaches to intervention, focused on both children and family members, are effective</h3>
      <eg-evidence-rating level="strong" wording="robust evidence">Strength of evidence: robust evidence</eg-evidence-rating>
    </eg-finding>
    <eg-finding>
      <h3>The quality of integration, rather than its type, is what matters for improving outcomes</h3>
      <eg-evidence-rating level="moderate" wording="some evidence">Strength of evidence: some evidence</eg-evidence-rating>
    </eg-finding>
  </eg-key-findings>`,
  args: {},
  parameters: { controls: { disable: true } },
};

/** On a Welsh page the library's words are Welsh; the English content keeps `lang="en"`. */
export const Welsh: Story = {
  render: (args) => html`<div lang="cy">${render(args)}</div>`,
  args: { summary: SUMMARY, 'min-level': 'moderate' },
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

/** A `min-level` that is not an evidence level: the widget names it (and logs the valid levels). */
export const InvalidMinLevel: Story = {
  name: 'Invalid min-level (error)',
  tags: ['error-state'],
  render,
  args: { summary: SUMMARY, 'min-level': 'robust' },
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
  args: { summary: SUMMARY, 'min-level': 'strong', theme: UNKNOWN_THEME },
  argTypes: { theme: { control: 'text' } },
};
