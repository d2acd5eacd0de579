/**
 * Compiles content files: parse, sanitize with the allow-list, validate.
 * Used by the build script and by the Node tests, so both see the same errors.
 */
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { parseSummary, type ParseResult } from '../../src/content/parse.js';
import { sanitizeForBuild } from './sanitize.js';

/** Compiles one Markdown file; the file name in diagnostics is relative to `cwd`. */
export async function compileFile(path: string, cwd = process.cwd()): Promise<ParseResult> {
  const text = await readFile(path, 'utf8');
  return compileText(text, relative(cwd, path));
}

export function compileText(text: string, file: string): ParseResult {
  return parseSummary(text, { file, sanitize: sanitizeForBuild });
}
