/**
 * A CouchDB-protocol server for tests, benchmarks and trying sync locally: PouchDB Server's HTTP layer
 * (`express-pouchdb`, mounted as its own app) over in-memory databases, on 127.0.0.1 and a free port.
 * Optional Basic authentication and CORS origins behave as CouchDB's do; `stop()` makes the server
 * unreachable while keeping its data, `resume()` brings it back on the same port.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import expressPouchDB from 'express-pouchdb';
import memoryAdapter from 'pouchdb-adapter-memory';
import PouchDB from 'pouchdb-core';

/** Options of the test server. */
export interface SyncServerOptions {
  /** When set, every request needs these Basic credentials (401 otherwise, as CouchDB answers). */
  username?: string;
  password?: string;
  /** Origins allowed by CORS (`*` for any); none by default, like a fresh CouchDB. */
  corsOrigins?: string[];
  port?: number;
}

/** A running server. */
export interface SyncServer {
  /** Base URL, e.g. `http://127.0.0.1:40123`. */
  url: string;
  port: number;
  /** Every stored leaf revision of a database (with attachments), as JSON text: what the server keeps. */
  dump(db: string): Promise<string>;
  /** Stops answering (connections refused); data kept. */
  stop(): Promise<void>;
  /** Answers again, same port and data. */
  resume(): Promise<void>;
  close(): Promise<void>;
}

type Db = {
  changes(o: object): Promise<{ results: { id: string }[] }>;
  get(id: string, o: object): Promise<unknown>;
};

function unauthorized(res: ServerResponse): void {
  res.writeHead(401, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify({ error: 'unauthorized', reason: 'Name or password is incorrect.' }));
}

function allowCors(req: IncomingMessage, res: ServerResponse, origins: string[]): boolean {
  const origin = req.headers.origin;
  if (!origin || !(origins.includes('*') || origins.includes(origin))) return false;
  res.setHeader('Access-Control-Allow-Origin', origin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.setHeader('Access-Control-Allow-Headers', 'Accept, Authorization, Content-Type, Origin');
  res.setHeader('Access-Control-Allow-Methods', 'GET, PUT, POST, HEAD, DELETE');
  return true;
}

function handler(options: SyncServerOptions, app: (req: IncomingMessage, res: ServerResponse) => void) {
  const expected = options.username
    ? `Basic ${Buffer.from(`${options.username}:${options.password ?? ''}`).toString('base64')}`
    : null;
  return (req: IncomingMessage, res: ServerResponse) => {
    const cors = allowCors(req, res, options.corsOrigins ?? []);
    if (req.method === 'OPTIONS') {
      res.writeHead(cors ? 204 : 405);
      res.end();
      return;
    }
    if (expected && req.headers.authorization !== expected) return unauthorized(res);
    app(req, res);
  };
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

/** Starts a server with empty in-memory databases. */
export async function startSyncServer(options: SyncServerOptions = {}): Promise<SyncServer> {
  const Memory = (PouchDB as unknown as { plugin(p: unknown): { defaults(o: object): unknown } })
    .plugin(memoryAdapter)
    .defaults({ adapter: 'memory', prefix: `liseuse-${process.pid}-${Date.now()}-` });
  const app = expressPouchDB(Memory, { mode: 'minimumForPouchDB', inMemoryConfig: true });
  const handle = handler(options, app);
  let server = createServer(handle);
  const port = await listen(server, options.port ?? 0);
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    async dump(name) {
      const db = new (Memory as new (n: string) => Db)(name);
      const { results } = await db.changes({ style: 'all_docs', since: 0 });
      const docs = await Promise.all(
        results.map((r) => db.get(r.id, { open_revs: 'all', revs: true, attachments: true })),
      );
      return JSON.stringify(docs);
    },
    stop: () => closeServer(server),
    async resume() {
      server = createServer(handle);
      await listen(server, port);
    },
    close: () => closeServer(server),
  };
}
