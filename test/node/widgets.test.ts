/**
 * One list of widgets (`src/widgets.ts`): registration, the custom elements manifest, the
 * element modules and the stories all name exactly the widgets it declares, and each item
 * attribute it declares is an attribute of that widget and its class's static `item`.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { WIDGETS, WIDGET_TAGS } from '../../src/widgets.js';
import { root } from './support.js';

const sorted = (list: readonly string[]) => [...list].sort();

describe('the widget list', () => {
  it('is what src/register.ts registers, one module per tag', () => {
    const text = readFileSync(join(root, 'src/register.ts'), 'utf8');
    const imported = [...text.matchAll(/import '\.\/components\/[\w-]+\/(eg-[\w-]+)\.js';/g)].map((m) => m[1]!);
    assert.deepEqual(sorted(imported), sorted(WIDGET_TAGS));
  });

  it('is what custom-elements.json declares, with each item attribute on its widget', (t) => {
    const path = join(root, 'custom-elements.json');
    if (!existsSync(path)) return t.skip('custom-elements.json is written by npm run build; build first');
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as {
      modules: Array<{ declarations?: Array<{ tagName?: string; customElement?: boolean; attributes?: Array<{ name: string }> }> }>;
    };
    const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
    assert.deepEqual(sorted(elements.map((e) => e.tagName!)), sorted(WIDGET_TAGS));
    for (const tag of WIDGET_TAGS) {
      const spec = WIDGETS[tag];
      if (!spec) continue;
      const attributes = elements.find((e) => e.tagName === tag)!.attributes?.map((a) => a.name) ?? [];
      assert.ok(attributes.includes(spec.attribute), `<${tag}> has the ${spec.attribute} attribute`);
    }
  });

  it("names each widget class's item attribute (static `item`) as it declares, and none for the others", (t) => {
    const path = join(root, 'custom-elements.json');
    if (!existsSync(path)) return t.skip('custom-elements.json is written by npm run build; build first');
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as {
      modules: Array<{ declarations?: Array<{ tagName?: string; customElement?: boolean; members?: Array<{ name: string; static?: boolean; default?: string }> }> }>;
    };
    const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
    for (const tag of WIDGET_TAGS) {
      const item = elements.find((e) => e.tagName === tag)!.members?.find((m) => m.name === 'item' && m.static)?.default;
      const spec = WIDGETS[tag];
      assert.equal(item, spec ? `'${spec.attribute}'` : undefined, `<${tag}>'s static item`);
    }
  });

  it('has a story file for every widget', () => {
    const stories = readdirSync(join(root, 'stories')).filter((f) => f.endsWith('.stories.ts'));
    for (const tag of WIDGET_TAGS) assert.ok(stories.includes(`${tag.slice(3)}.stories.ts`), `stories/${tag.slice(3)}.stories.ts`);
  });
});
