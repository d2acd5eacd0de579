/**
 * Small helpers shared by the Node tests (not a test file itself).
 */
import { resolve } from 'node:path';

/** The repository root. */
export const root = resolve(import.meta.dirname, '..', '..');

/** The content fixtures, relative to the repository root. */
export const FIXTURES = 'test/fixtures/content';

/**
 * The 1-based number of the line of `text` that contains `needle`.
 * With `occurrence`, the nth such line; without it the needle must be on exactly one line,
 * so a fixture that changes cannot silently move the line a test expects.
 */
export function lineOf(text: string, needle: string, occurrence?: number): number {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const hits = lines.flatMap((l, i) => (l.includes(needle) ? [i + 1] : []));
  if (hits.length === 0) throw new Error(`No line contains ${JSON.stringify(needle)}`);
  if (occurrence === undefined) {
    if (hits.length > 1) throw new Error(`${JSON.stringify(needle)} is on ${hits.length} lines (${hits.join(', ')}); pass an occurrence`);
    return hits[0]!;
  }
  const hit = hits[occurrence - 1];
  if (hit === undefined) throw new Error(`${JSON.stringify(needle)} occurs on only ${hits.length} line(s)`);
  return hit;
}
