/**
 * A tiny static server for the project's own demo pages (`tests/fixtures/pages/`), used by `npm start` and
 * the end-to-end tests. Loopback only, files under its root only, read-only (GET/HEAD).
 */
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
};

/** A running demo server. */
export interface DemoServer {
  /** Base URL with a trailing slash, e.g. `http://127.0.0.1:43127/`. */
  url: string;
  close(): Promise<void>;
}

/** Maps a request path to a file under `root`, or null if it would leave the root (`..`, encoded or not). */
export async function resolveUnderRoot(root: string, requestUrl: string): Promise<string | null> {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(requestUrl, 'http://localhost').pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const realRoot = await realpath(root);
  let file = resolve(realRoot, `.${pathname}`);
  if (file !== realRoot && !file.startsWith(realRoot + sep)) return null;
  try {
    if ((await stat(file)).isDirectory()) file = resolve(file, 'index.html');
    // A symlink inside the root could still point outside it: compare real paths.
    const real = await realpath(file);
    return real.startsWith(realRoot + sep) ? real : null;
  } catch {
    return null;
  }
}

function send(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' });
  res.end(text);
}

/**
 * Requests under this path are never answered: it plays a third-party server that hangs, so a page's
 * synchronous `<script src>` to it keeps the page loading (tests/fixtures/pages/stalled-script-article.html).
 */
export const STALLED_PATH = '/stall/';

async function handle(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed');
  // Left open until the client gives up or the server closes (`closeAllConnections`).
  if (req.url?.startsWith(STALLED_PATH)) return;
  const file = await resolveUnderRoot(root, req.url ?? '/');
  const info = file ? await stat(file).catch(() => null) : null;
  if (!file || !info?.isFile()) return send(res, 404, 'Not found');
  res.writeHead(200, {
    'content-type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'content-length': info.size,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  });
  if (req.method === 'HEAD') return void res.end();
  createReadStream(file).pipe(res);
}

/** Serves `root` on 127.0.0.1 (never other interfaces) at `port` (0: a free port chosen by the system). */
export function startDemoServer(root: string, port = 0): Promise<DemoServer> {
  const server = createServer((req, res) => {
    handle(root, req, res).catch(() => send(res, 500, 'Internal error'));
  });
  return new Promise((ready, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      const { port: bound } = server.address() as AddressInfo;
      ready({
        url: `http://127.0.0.1:${bound}/`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
