/**
 * Every Storybook story is a test fixture (as GOV.UK Frontend does with its examples):
 * each story's `render({ ...meta.args, ...story.args })` is rendered on its own, every
 * widget in it (at any depth) is waited for, and axe checks it against WCAG 2.0-2.2 A/AA.
 *
 * - An error story (tag `error-state`) must show a visible problem, and pass axe too.
 * - A loading story (tag `loading-state`) must stay loading (`:state(loading)`) with a status message.
 * - Any other story must show no problem at all.
 *
 * `test/fixtures/stories/broken.stories.ts` goes through the same code and must be caught.
 * The list below is explicit (no glob in the browser); `test/node/story-files.test.ts`
 * fails when a file in `stories/` is missing from it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { en } from '../src/internal/locale/en.js';
import * as evidenceCaveat from '../stories/evidence-caveat.stories.js';
import * as evidenceGap from '../stories/evidence-gap.stories.js';
import * as evidenceGaps from '../stories/evidence-gaps.stories.js';
import * as evidenceRating from '../stories/evidence-rating.stories.js';
import * as finding from '../stories/finding.stories.js';
import * as glossaryTerm from '../stories/glossary-term.stories.js';
import * as implications from '../stories/implications.stories.js';
import * as keyFindings from '../stories/key-findings.stories.js';
import * as provenance from '../stories/provenance.stories.js';
import * as references from '../stories/references.stories.js';
import * as stakeholderViews from '../stories/stakeholder-views.stories.js';
import * as summary from '../stories/summary.stories.js';
import * as whatWorks from '../stories/what-works.stories.js';
import { ERROR_STATE, LOADING_STATE } from '../stories/story-states.js';
import * as broken from './fixtures/stories/broken.stories.js';
import { captureWarnings, isLoading as loadingNow } from './helpers.js';
import { allWidgetsReady, axeViolations, composedElements, WCAG_AA } from './page-helpers.js';

type Args = Record<string, unknown>;
type Render = (args: Args) => unknown;

interface StoryMeta {
  title?: string;
  component?: string;
  args?: Args;
  render?: Render;
  tags?: string[];
}

interface Story {
  name?: string;
  args?: Args;
  render?: Render;
  tags?: string[];
  parameters?: { expectedViolation?: string };
}

type StoryModule = { default: StoryMeta } & Record<string, unknown>;

/** Every story file in `stories/`, by file name. Keep in step with the folder (a Node test checks). */
const STORY_FILES: Array<[file: string, module: StoryModule]> = [
  ['evidence-caveat.stories.ts', evidenceCaveat as unknown as StoryModule],
  ['evidence-gap.stories.ts', evidenceGap as unknown as StoryModule],
  ['evidence-gaps.stories.ts', evidenceGaps as unknown as StoryModule],
  ['evidence-rating.stories.ts', evidenceRating as unknown as StoryModule],
  ['finding.stories.ts', finding as unknown as StoryModule],
  ['glossary-term.stories.ts', glossaryTerm as unknown as StoryModule],
  ['implications.stories.ts', implications as unknown as StoryModule],
  ['key-findings.stories.ts', keyFindings as unknown as StoryModule],
  ['provenance.stories.ts', provenance as unknown as StoryModule],
  ['references.stories.ts', references as unknown as StoryModule],
  ['stakeholder-views.stories.ts', stakeholderViews as unknown as StoryModule],
  ['summary.stories.ts', summary as unknown as StoryModule],
  ['what-works.stories.ts', whatWorks as unknown as StoryModule],
];

/** A module's stories in export order, as Storybook reads them (CSF: every named export but `default`). */
function storiesOf(module: StoryModule): Array<[exportName: string, story: Story]> {
  return Object.entries(module).filter(([name, value]) => name !== 'default' && name !== '__namedExportsOrder' && typeof value === 'object' && value !== null) as Array<
    [string, Story]
  >;
}

type Widget = HTMLElement & { updateComplete?: Promise<unknown> };

interface Rendered {
  root: HTMLElement;
  widgets: Widget[];
  /** Visible problem messages in any widget's shadow root. */
  problems: string[];
  /** Console warnings logged while the story rendered. */
  warnings: string[];
  violations: string[];
}

const text = (n: Node | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * Renders a story exactly as Storybook would call it, waits for its widgets and runs axe.
 * The one code path for real stories and for the broken fixture.
 */
async function renderStory(meta: StoryMeta, story: Story): Promise<Rendered> {
  const render = story.render ?? meta.render;
  if (!render) throw new Error('The story has no render function');
  const template = render({ ...meta.args, ...story.args }) as TemplateResult;
  const warned = captureWarnings();
  let root: HTMLElement;
  const widgetsIn = () => composedElements(root).filter((el) => el.localName.startsWith('eg-')) as Widget[];
  try {
    root = await fixture<HTMLElement>(html`<div class="story-root">${template}</div>`);
    if (story.tags?.includes(LOADING_STATE)) {
      // It never finishes loading: wait for every widget's first render instead.
      await Promise.all(widgetsIn().map((w) => w.updateComplete));
      await new Promise((r) => requestAnimationFrame(r));
    } else {
      await allWidgetsReady(root);
    }
  } finally {
    warned.restore();
  }
  const widgets = widgetsIn();
  const problems = widgets.flatMap((w) => [...(w.shadowRoot?.querySelectorAll('.problem') ?? [])].map((p) => `<${w.localName}>: ${text(p)}`));
  const violations = await axeViolations(root, WCAG_AA);
  return { root, widgets, problems, warnings: warned.calls, violations };
}

describe('stories', function () {
  this.timeout(60000);

  it('lists one story file per widget, each for the widget it is named after', () => {
    for (const [file, module] of STORY_FILES) {
      expect(module.default.component, file).to.equal(`eg-${file.replace(/\.stories\.ts$/, '')}`);
      expect(module.default.tags, file).to.include('autodocs');
    }
  });

  for (const [file, module] of STORY_FILES) {
    const meta = module.default;
    describe(`${file} (${meta.title})`, () => {
      const stories = storiesOf(module);

      it('has a Default story, and every story has its own args and a render function', () => {
        expect(stories.map(([name]) => name)).to.include('Default');
        for (const [name, story] of stories) {
          expect(typeof story.render, `${name}.render`).to.equal('function');
          expect(story.args, `${name}.args`).to.be.an('object');
        }
      });

      for (const [exportName, story] of stories) {
        const label = story.name ?? exportName;
        const isError = !!story.tags?.includes(ERROR_STATE);
        const isLoading = !!story.tags?.includes(LOADING_STATE);

        it(`${label}: ${isLoading ? 'busy, with a status message' : isError ? 'shows the problem' : 'renders with no problem'}, and passes axe`, async () => {
          const { widgets, problems, warnings, violations } = await renderStory(meta, story);
          expect(widgets.map((w) => w.localName), 'the story renders its widget').to.include(meta.component);
          for (const w of widgets) expect(!!w.shadowRoot?.querySelector('*'), `<${w.localName}> rendered into its shadow root`).to.equal(true);

          if (isLoading) {
            const main = widgets.filter((w) => w.localName === meta.component);
            for (const w of main) {
              expect(loadingNow(w), `<${w.localName}> :state(loading)`).to.equal(true);
              if (w.localName === 'eg-glossary-term') {
                // An inline term keeps the page's own words in the sentence instead of a "Loading…" message.
                expect(text(w), 'the page text of the term stays').to.not.equal('');
              } else {
                const status = w.shadowRoot!.querySelector('[role="status"]');
                expect(text(status), `<${w.localName}> status message`).to.equal(en.loading);
              }
            }
          } else if (isError) {
            expect(problems.length, 'a visible problem message').to.be.greaterThan(0);
            // ...and one console warning for the developer, naming the widget.
            expect(warnings.some((w) => w.startsWith('<eg-')), warnings.join('\n') || 'no warning').to.equal(true);
          }
          if (!isError) {
            expect(problems, problems.join('\n')).to.deep.equal([]);
            expect(warnings, warnings.join('\n')).to.deep.equal([]);
          }
          expect(violations, violations.join('\n')).to.deep.equal([]);
        });
      }
    });
  }
});

describe('the story check can fail (test/fixtures/stories/broken.stories.ts)', function () {
  this.timeout(30000);
  const module = broken as unknown as StoryModule;

  for (const [exportName, story] of storiesOf(module)) {
    const rule = story.parameters?.expectedViolation;
    it(`${exportName}: axe reports ${rule}`, async () => {
      expect(rule, 'the fixture names the rule it breaks').to.be.a('string');
      const { violations } = await renderStory(module.default, story);
      expect(violations.length, 'violations').to.be.greaterThan(0);
      expect(violations.some((v) => v.startsWith(`${rule}:`)), violations.join('\n') || 'no violations').to.equal(true);
    });
  }
});
