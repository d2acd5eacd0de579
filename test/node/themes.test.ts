/** The theme names the widgets accept are exactly the theme sources, and each is built. */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { THEME_LOADERS } from '../../src/generated/themes/index.js';
import { THEMES } from '../../src/internal/theme.js';
import { repoRoot } from './lib/server.js';

test('THEMES lists every theme in src/themes/, and each has a loader', () => {
  const sources = readdirSync(join(repoRoot, 'src/themes')).filter((f) => f.endsWith('.css')).map((f) => f.slice(0, -4));
  assert.deepEqual([...THEMES].sort(), sources.sort());
  assert.deepEqual(Object.keys(THEME_LOADERS).sort(), sources.sort());
});
