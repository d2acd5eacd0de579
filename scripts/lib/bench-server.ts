/**
 * The bench's page server, run in a process of its own (`npm run bench` forks it), so that
 * serving a page or the bundle never waits for the bench's own work (reading traces, driving
 * Chromium over CDP) on one event loop. That wait would fall only on the widget pages: the
 * static page loads nothing after its HTML.
 *
 * The parent sends one message, `{ bodies }`: each page body by its key (`summary=<page>` or
 * `variant=<variant>&n=<n>`, the page's query less `run`); it answers `{ origin }` once
 * listening, and stops when the parent disconnects.
 */
import { startServer } from '../../test/node/lib/server.js';

/** The body a page URL asks for: the key made from its `summary`, or its `variant` and `n`. */
function bodyKey(url: URL): string {
  const summary = url.searchParams.get('summary');
  return summary ? `summary=${summary}` : `variant=${url.searchParams.get('variant')}&n=${url.searchParams.get('n')}`;
}

if (process.send) {
  process.once('message', async ({ bodies }: { bodies: Record<string, string> }) => {
    const server = await startServer({
      transformHtml: (html, url) => {
        const body = bodies[bodyKey(url)];
        return body === undefined ? html : html.replace('<!--SNIPPET-->', body);
      },
    });
    process.send!({ origin: server.origin });
    process.once('disconnect', () => void server.close());
  });
}
