// Packages without type declarations, typed as far as the sync test server uses them.
declare module 'express-pouchdb' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  type Handler = (req: IncomingMessage, res: ServerResponse) => void;
  export default function expressPouchDB(pouch: unknown, options?: Record<string, unknown>): Handler;
}
declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-core' {
  const PouchDB: unknown;
  export default PouchDB;
}
