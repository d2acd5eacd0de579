/**
 * Compiles content files: parse, sanitize with the allow-list, validate.
 * Used by the build script and by the Node tests, so both see the same errors.
 */
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { Worker } from 'node:worker_threads';
import { DEFAULT_PARSE_TIMEOUT } from '../../src/content/limits.js';
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

/** {@link compileFile} within a time limit (as {@link compileTextWithin}): what the build runs. */
export async function compileFileWithin(path: string, cwd = process.cwd(), timeout = DEFAULT_PARSE_TIMEOUT): Promise<ParseResult> {
  const text = await readFile(path, 'utf8');
  return compileTextWithin(text, relative(cwd, path), timeout);
}

/**
 * {@link compileText} in a worker thread that is ended after `timeout` milliseconds (default:
 * the `src-parse-timeout` default, 5000), so that a file the parser is slow on fails the
 * build with a message rather than hanging it: the limit a page applies to `src` files.
 * The worker's start-up (loading TypeScript) is not counted.
 */
export function compileTextWithin(text: string, file: string, timeout = DEFAULT_PARSE_TIMEOUT): Promise<ParseResult> {
  const entry = new URL('./compile-worker.ts', import.meta.url).href;
  // Worker threads do not inherit tsx's loader: register it, then load the worker module.
  const worker = new Worker(`import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`, { eval: true });
  return new Promise<ParseResult>((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    worker.on('message', (message: 'ready' | ParseResult) => {
      if (message === 'ready') {
        timer = setTimeout(() => {
          resolve({
            diagnostics: [
              {
                file,
                message: `Reading the file took longer than ${timeout} ms, the limit, so it was stopped.`,
                fix: 'Simplify it: long runs of _ and * or of raw HTML are slow to read (content/README.md, "Limits"). A page applies the same limit to src files.',
              },
            ],
          });
          void worker.terminate();
        }, timeout);
        worker.postMessage({ text, file });
        return;
      }
      clearTimeout(timer);
      resolve(message);
      void worker.terminate();
    });
    worker.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
}
