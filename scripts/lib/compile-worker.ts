/**
 * Compiles one content file in a worker thread, for `compileTextWithin` (scripts/lib/compile.ts):
 * posts `'ready'` once loaded, then answers each `{ text, file }` with its ParseResult.
 */
import { parentPort } from 'node:worker_threads';
import { compileText } from './compile.js';

parentPort!.on('message', ({ text, file }: { text: string; file: string }) => parentPort!.postMessage(compileText(text, file)));
parentPort!.postMessage('ready');
