/**
 * A small static file server for page tests: serves the repository over HTTP on a
 * free loopback port, with optional extra headers per path (for CSP pages), URL
 * prefixes mapped to other folders (`aliases`), and a rewrite of HTML responses.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

export const repoRoot = resolve(import.meta.dirname, '..', '..', '..');

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

export interface ServerOptions {
  /** The folder served at `/` (default: the repository). */
  root?: string;
  /** Extra response headers for a request's path (`url` also gives its query). */
  headers?: (path: string, url: URL) => Record<string, string> | undefined;
  /**
   * URL prefixes served from other folders under `root`, e.g. `{ '/cdn-copy/': 'cdn/' }`
   * serves `/cdn-copy/evidence-guidance.js` from `cdn/evidence-guidance.js`. Both ends with `/`.
   */
  aliases?: Record<string, string>;
  /** Rewrites an HTML response before it is sent (e.g. a variant picked by a query parameter). */
  transformHtml?: (html: string, url: URL) => string;
}

export async function startServer(options: ServerOptions = {}): Promise<StaticServer> {
  const root = options.root ?? repoRoot;
  const aliases = Object.entries(options.aliases ?? {});
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    const alias = aliases.find(([prefix]) => path.startsWith(prefix));
    if (alias) path = normalize(`/${alias[1]}/${path.slice(alias[0].length)}`).replace(/^(\.\.[/\\])+/, '');
    const file = join(root, path);
    try {
      const info = await stat(file);
      const target = info.isDirectory() ? join(file, 'index.html') : file;
      let body: Buffer | string = await readFile(target);
      if (options.transformHtml && extname(target) === '.html') body = options.transformHtml(body.toString('utf8'), url);
      res.writeHead(200, {
        'content-type': TYPES[extname(target)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...(options.headers?.(url.pathname, url) ?? {}),
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
