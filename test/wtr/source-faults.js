// Test endpoints for the `src` tests (test/src.test.ts): a Markdown fixture from
// test/fixtures/src/ served with a fault, as a dev-server middleware.
//
//   /eg-faults/<key>/<modes>/<fixture>.md
//
// `<key>` names a sequence (use a fresh one per test); `<modes>` lists, comma-separated,
// what the 1st, 2nd... request for that key gets (the last one repeats):
//
//   ok      the fixture as text/markdown; charset=utf-8
//   plain   the fixture as text/plain
//   cors    the fixture as text/markdown, with Access-Control-Allow-Origin: *
//   404     Not Found; 500 Internal Server Error
//   html    an HTML page (text/html)
//   slow    the fixture after 3 s
//   big     headers declaring 300 KB (Content-Length), then 1 KB and a stall: only a
//           client that checks Content-Length fails fast (size), rather than timing out
//   stream  400 KB of Markdown with no Content-Length, 16 KB every 10 ms
//   reset   the connection closed with no response (a network error)
//   mistakes  test/fixtures/src/mistakes.md (a file with mistakes), its id set to the
//           requested file's name, so that `mistakes,ok` is a file its author then fixes
//   evil    the fixture with the content type `text/<img src=x onerror=alert(1)>`
//
// /eg-faults-count/<key> answers how many requests that key has had (JSON), and
// /eg-faults-fix/<key> makes every later request for that key `ok` (for faults a browser
// may retry by itself, such as a dropped connection, where counting requests is not enough).
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';

const FIXTURES = new URL('../fixtures/src/', import.meta.url);
const PATH = /^\/eg-faults\/([\w-]+)\/([\w,]+)\/([\w-]+\.md)$/;
const COUNT = /^\/eg-faults-count\/([\w-]+)$/;
const FIX = /^\/eg-faults-fix\/([\w-]+)$/;

const delay = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Sends a response directly on the socket, past koa: the dev server's own middleware would
 * otherwise add `cache-control: public, max-age=31536000` on the way out, and the browser
 * would answer a retry from its cache.
 */
function send(ctx, status, headers, body) {
  ctx.respond = false;
  ctx.res.writeHead(status, { 'cache-control': 'no-store', ...headers });
  if (body instanceof Readable) body.pipe(ctx.res);
  else ctx.res.end(body);
}

/** The koa middleware (see the top of this file). */
export function sourceFaults() {
  const requests = new Map();
  const fixed = new Set();
  return async function sourceFaultsMiddleware(ctx, next) {
    const fix = FIX.exec(ctx.path);
    if (fix) {
      fixed.add(fix[1]);
      return send(ctx, 204, {}, '');
    }
    const count = COUNT.exec(ctx.path);
    if (count) {
      send(ctx, 200, { 'content-type': 'application/json' }, JSON.stringify({ requests: requests.get(count[1]) ?? 0 }));
      return;
    }
    const m = PATH.exec(ctx.path);
    if (!m) return next();
    const [, key, list, file] = m;
    const modes = list.split(',');
    const n = requests.get(key) ?? 0;
    requests.set(key, n + 1);
    const mode = fixed.has(key) ? 'ok' : modes[Math.min(n, modes.length - 1)];
    const markdown = () => readFile(new URL(file, FIXTURES));
    const MD = 'text/markdown; charset=utf-8';

    switch (mode) {
      case 'ok':
        return send(ctx, 200, { 'content-type': MD }, await markdown());
      case 'cors':
        return send(ctx, 200, { 'content-type': MD, 'access-control-allow-origin': '*' }, await markdown());
      case 'plain':
        return send(ctx, 200, { 'content-type': 'text/plain; charset=utf-8' }, await markdown());
      case '404':
        return send(ctx, 404, { 'content-type': 'text/plain' }, 'Not Found');
      case '500':
        return send(ctx, 500, { 'content-type': 'text/plain' }, 'Internal Server Error');
      case 'html':
        return send(ctx, 200, { 'content-type': 'text/html; charset=utf-8' }, '<!doctype html><title>Page not found</title><p>Sorry, we could not find that page.</p>');
      case 'slow':
        await delay(3000);
        return send(ctx, 200, { 'content-type': MD }, await markdown());
      case 'big': {
        ctx.respond = false;
        const res = ctx.res;
        res.writeHead(200, { 'content-type': MD, 'content-length': String(300 * 1024), 'cache-control': 'no-store' });
        res.write('x'.repeat(1024));
        // Stall; end the socket once the client has gone, or after 20 s.
        const timer = setTimeout(() => res.destroy(), 20000);
        res.on('close', () => clearTimeout(timer));
        return;
      }
      case 'stream': {
        const line = `${'Some text. '.repeat(9)}\n`;
        const block = line.repeat(Math.ceil(16384 / line.length));
        const body = Readable.from(
          (async function* () {
            for (let sent = 0; sent < 400 * 1024; sent += block.length) {
              yield block;
              await delay(10);
            }
          })(),
        );
        ctx.res.on('close', () => body.destroy());
        return send(ctx, 200, { 'content-type': MD }, body);
      }
      case 'mistakes': {
        const text = await readFile(new URL('mistakes.md', FIXTURES), 'utf8');
        return send(ctx, 200, { 'content-type': MD }, text.replace(/^id: .*$/m, `id: ${file.replace(/\.md$/, '')}`));
      }
      case 'evil':
        return send(ctx, 200, { 'content-type': 'text/<img src=x onerror=alert(1)>' }, await markdown());
      case 'reset':
        ctx.respond = false;
        ctx.req.socket.destroy();
        return;
      default:
        return send(ctx, 400, { 'content-type': 'text/plain' }, `Unknown fault mode "${mode}"`);
    }
  };
}
