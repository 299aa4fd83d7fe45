/** The CouchDB replication protocol: HTTP client, revision ids, errors. */
export {
  type ChangeRow,
  type ChangesPage,
  CouchClient,
  type CouchDoc,
  type Fetched,
  type RevRef,
} from './couch-client';
export { basicAuth, type HttpConfig } from './http';
export {
  byWinner,
  childRev,
  isRev,
  type LeafRef,
  parseRev,
  pathOf,
  type Revisions,
  revisionsOf,
} from './revisions';
export { SyncError, type SyncErrorCode } from './sync-error';
