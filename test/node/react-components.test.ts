/**
 * `evidence-guidance/react` (dist/react/, written by scripts/build-react.ts from the manifest):
 * every `@fires` in src/ is an `onEg…` prop mapped to its real event name and typed with its
 * event class; getters and internals are not props; and the components render on the server
 * (react-dom/server), as Next.js does. Needs `npm run build` first (npm test runs it).
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { eventProp } from '../../scripts/build-react.js';
import { root } from './support.js';

const reactDir = join(root, 'dist', 'react');

/** Every `@fires {Type} name` in the components' sources, with the tag of the file's element. */
function firedEvents(): { tag: string; type: string; name: string }[] {
  const out: { tag: string; type: string; name: string }[] = [];
  const dir = join(root, 'src', 'components');
  for (const sub of readdirSync(dir)) {
    for (const file of readdirSync(join(dir, sub)).filter((f) => f.endsWith('.ts') && !f.startsWith('eg-') && !f.includes('.styles.'))) {
      const text = readFileSync(join(dir, sub, file), 'utf8');
      if (!text.includes('@fires')) continue;
      const tag = /defineElement\('([a-z-]+)'/.exec(readFileSync(join(dir, sub, `eg-${file}`), 'utf8'))?.[1];
      for (const m of text.matchAll(/@fires \{(\w+)\} ([a-z-]+)/g)) out.push({ tag: tag!, type: m[1]!, name: m[2]! });
    }
  }
  return out;
}

test('eventProp turns an event name into its React prop', () => {
  assert.equal(eventProp('eg-audience-change'), 'onEgAudienceChange');
  assert.equal(eventProp('eg-citation-copy'), 'onEgCitationCopy');
});

test('every @fires in src/ is an onEg… prop with its real event name and event class', () => {
  const events = firedEvents();
  assert.ok(events.length >= 4, `found only ${events.length} @fires tags`);
  for (const { tag, type, name } of events) {
    const js = readFileSync(join(reactDir, `${tag}.js`), 'utf8');
    const dts = readFileSync(join(reactDir, `${tag}.d.ts`), 'utf8');
    assert.ok(js.includes(`${eventProp(name)}: '${name}'`), `${tag}.js maps ${eventProp(name)} to '${name}'`);
    assert.ok(dts.includes(`${eventProp(name)}?: (event: ${type}) => void;`), `${tag}.d.ts types ${eventProp(name)} with ${type}`);
  }
});

test('getters and internals are not props; writable properties are', () => {
  const dts = readFileSync(join(reactDir, 'eg-implications.d.ts'), 'utf8');
  const props = /type Props = [^;]+;/.exec(dts)?.[0] ?? '';
  for (const p of ['audience', 'print', 'headingLevel', 'summary', 'theme']) assert.ok(props.includes(`'${p}'`), `${p} is a prop`);
  for (const p of ['shownAudience', 'standalone', 'chosen', 'renderRoot']) assert.ok(!props.includes(`'${p}'`), `${p} is not a prop`);
});

test('each module is a client module, and the components render on the server', async () => {
  for (const f of readdirSync(reactDir).filter((f) => f.endsWith('.js'))) {
    assert.ok(readFileSync(join(reactDir, f), 'utf8').startsWith(`'use client';`), `${f} starts with 'use client'`);
  }
  const React = await import('react');
  const { renderToString } = await import('react-dom/server');
  const { EgImplications, EgKeyFindings } = await import(pathToFileURL(join(reactDir, 'index.js')).href);
  const html = renderToString(
    React.createElement('div', null,
      React.createElement(EgKeyFindings, { 'heading-level': '2', id: 'k' }),
      React.createElement(EgImplications, { summary: 'early-years-integration', onEgAudienceChange: () => {} })),
  );
  assert.match(html, /<eg-key-findings heading-level="2" id="k"><\/eg-key-findings>/);
  assert.match(html, /<eg-implications><\/eg-implications>/, 'properties and handlers are set in the browser, not written as attributes');
});
