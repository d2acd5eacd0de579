/**
 * npm run test:types (after npm run build): the framework types the build writes
 * (dist/types/jsx.d.ts, vue.d.ts and svelte.d.ts, reached through the package's own exports)
 * against the fixtures in test/types/. For React (tsc), Vue (vue-tsc) and Svelte (svelte-check),
 * the fixture of correct usage must compile, and every marked line of the fixture of wrong usage
 * must be an error: tsc and vue-tsc report an unused `@ts-expect-error` / `@vue-expect-error`
 * themselves; for Svelte, which has no such comment in markup, this script checks that the line
 * after each `<!-- expect-error: … -->` has an error and that no other line has one.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const bin = (name: string) => join(root, 'node_modules', '.bin', name);

for (const file of ['jsx.d.ts', 'vue.d.ts', 'svelte.d.ts']) {
  if (!existsSync(join(root, 'dist', 'types', file))) {
    console.error(`test:types: dist/types/${file} is missing; run npm run build first.`);
    process.exit(1);
  }
}

function run(command: string, args: string[]): { ok: boolean; output: string } {
  const r = spawnSync(bin(command), args, { cwd: root, encoding: 'utf8' });
  return { ok: r.status === 0, output: `${r.stdout ?? ''}${r.stderr ?? ''}`.trim() };
}

const failures: string[] = [];
function report(name: string, problems: string[], started: number) {
  const ms = Math.round(performance.now() - started);
  if (problems.length === 0) console.log(`ok   ${name} (${ms} ms)`);
  else {
    console.log(`FAIL ${name} (${ms} ms)\n${problems.map((p) => `  ${p}`).join('\n')}`);
    failures.push(name);
  }
}

// React 19 (and Preact: the same JSX types): tsc with @types/react.
{
  const t = performance.now();
  const r = run('tsc', ['-p', 'test/types/react/tsconfig.json']);
  report('React: test/types/react (tsc)', r.ok ? [] : r.output.split('\n'), t);
}

// Vue 3: vue-tsc on single-file components.
{
  const t = performance.now();
  const r = run('vue-tsc', ['-p', 'test/types/vue/tsconfig.json']);
  report('Vue: test/types/vue (vue-tsc)', r.ok ? [] : r.output.split('\n'), t);
}

// Svelte 5: svelte-check, with the expected errors of Wrong.svelte checked line by line.
{
  const t = performance.now();
  const dir = 'test/types/svelte';
  const r = run('svelte-check', ['--workspace', dir, '--tsconfig', './tsconfig.json', '--output', 'machine']);
  const problems: string[] = [];
  const errors = new Map<string, string[]>(); // "file:line" -> messages
  let completed = false;
  for (const line of r.output.split('\n')) {
    if (/^\d+ COMPLETED /.test(line)) completed = true;
    const m = /^\d+ (ERROR|WARNING) "(.+?)" (\d+):\d+ "(.*)"$/.exec(line);
    if (!m) continue;
    const key = `${m[2]}:${m[3]}`;
    errors.set(key, [...(errors.get(key) ?? []), `${m[1]} ${m[4]}`]);
  }
  if (!completed) problems.push(`svelte-check did not complete:\n${r.output}`);
  const expected = new Set<string>();
  readFileSync(join(root, dir, 'Wrong.svelte'), 'utf8')
    .split('\n')
    .forEach((text, i) => {
      if (/<!--\s*expect-error\b/.test(text)) expected.add(`Wrong.svelte:${i + 2}`);
    });
  if (expected.size === 0) problems.push('Wrong.svelte has no expect-error marks');
  for (const key of expected) if (!errors.has(key)) problems.push(`${dir}/${key}: expected an error, found none`);
  for (const [key, messages] of errors) {
    if (!expected.has(key)) problems.push(`${dir}/${key}: unexpected: ${messages.join('; ')}`);
  }
  report('Svelte: test/types/svelte (svelte-check)', problems, t);
}

if (failures.length) {
  console.error(`\ntest:types: ${failures.length} of 3 failed`);
  process.exit(1);
}
console.log('\ntest:types: React, Vue and Svelte types hold');
