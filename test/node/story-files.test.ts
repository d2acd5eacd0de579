/**
 * Stories are test fixtures (`test/stories.test.ts` renders every one and runs axe), but the
 * browser test cannot list a folder: it imports each story file by name. This test fails when
 * a story file is added to `stories/` without being added there, or when a widget has no story
 * file, and checks that each docs page is declared once.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DOCS_PAGES } from '../../.storybook/docs-pages.js';
import { parseThemeTokens, parseTokens, TOKEN_DESCRIPTIONS } from '../../stories/docs-data.js';
import { root } from './support.js';

const storiesDir = join(root, 'stories');
const storyFiles = readdirSync(storiesDir).filter((f) => f.endsWith('.stories.ts')).sort();
const testSource = readFileSync(join(root, 'test', 'stories.test.ts'), 'utf8');

/** Every `eg-*` tag the library registers: `defineElement('eg-…', …)` in src/components. */
function registeredTags(): string[] {
  const dir = join(root, 'src', 'components');
  const tags: string[] = [];
  for (const folder of readdirSync(dir)) {
    for (const file of readdirSync(join(dir, folder)).filter((f) => /^eg-.*\.ts$/.test(f))) {
      for (const m of readFileSync(join(dir, folder, file), 'utf8').matchAll(/defineElement\('(eg-[a-z-]+)'/g)) tags.push(m[1]!);
    }
  }
  return tags.sort();
}

describe('story files', () => {
  it('test/stories.test.ts imports every story file in stories/', () => {
    const imported = [...testSource.matchAll(/from '\.\.\/stories\/([\w-]+)\.stories\.js'/g)].map((m) => `${m[1]}.stories.ts`).sort();
    assert.deepEqual(imported, storyFiles);
  });

  it('test/stories.test.ts lists every story file in STORY_FILES', () => {
    const listed = [...testSource.matchAll(/^\s*\['([\w-]+\.stories\.ts)',/gm)].map((m) => m[1]!).sort();
    assert.deepEqual(listed, storyFiles);
  });

  it('every registered widget has a story file for it, with autodocs', () => {
    const tags = registeredTags();
    assert.ok(tags.length >= 13, `found ${tags.length} tags`);
    for (const tag of tags) {
      const file = `${tag.slice(3)}.stories.ts`;
      assert.ok(storyFiles.includes(file), `no stories/${file} for <${tag}>`);
      const source = readFileSync(join(storiesDir, file), 'utf8');
      assert.match(source, new RegExp(`component: '${tag}'`), `stories/${file} is not for <${tag}>`);
      assert.match(source, /tags: \['autodocs'\]/, `stories/${file} has no autodocs tag`);
    }
  });

  it('declares each docs page once, in an MDX file, and sorts them in order', () => {
    const titles = readdirSync(storiesDir)
      .filter((f) => f.endsWith('.mdx'))
      .flatMap((f) => [...readFileSync(join(storiesDir, f), 'utf8').matchAll(/<Meta\s+title="([^"]+)"/g)].map((m) => m[1]!));
    for (const page of DOCS_PAGES) assert.equal(titles.filter((t) => t === page).length, 1, `${page}: ${titles.join(', ')}`);
    const preview = readFileSync(join(root, '.storybook', 'preview.ts'), 'utf8');
    const order = DOCS_PAGES.map((p) => preview.indexOf(`'${p.slice('Docs/'.length)}'`));
    assert.ok(order.every((i, n) => i > 0 && (n === 0 || i > order[n - 1]!)), 'preview.ts storySort lists the docs pages in DOCS_PAGES order');
  });
});

describe('the Theming page’s live token tables', () => {
  const tokensSource = readFileSync(join(root, 'src', 'styles', 'tokens.ts'), 'utf8');
  const tokens = parseTokens(tokensSource).map((t) => t.token);

  it('lists every --eg-* token that src/styles/tokens.ts reads, each with a description', () => {
    const read = [...new Set([...tokensSource.matchAll(/var\((--eg-[\w-]+)/g)].map((m) => m[1]!))];
    assert.deepEqual(tokens, read);
    assert.deepEqual(tokens.filter((t) => !TOKEN_DESCRIPTIONS[t]), [], 'add a line to TOKEN_DESCRIPTIONS in stories/docs-data.ts');
  });

  it('every token a theme sets is a public token', () => {
    const dir = join(root, 'src', 'themes');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.css'))) {
      const unknown = [...parseThemeTokens(readFileSync(join(dir, file), 'utf8')).keys()].filter((t) => !tokens.includes(t));
      assert.deepEqual(unknown, [], `src/themes/${file}`);
    }
  });
});
