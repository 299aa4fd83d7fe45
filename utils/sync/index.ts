/** Sync through the CouchDB replication protocol, end-to-end encrypted (issue #16). Background and settings only. */

export { SyncError, type SyncErrorCode } from './protocol';
export { databaseUrl, originPermission } from './server-url';
export {
  readStatus,
  type SessionOptions,
  type SyncConfig,
  type SyncSettings,
  type SyncStatus,
  startSync,
  stopSync,
  syncNow,
} from './session';
export { waitForRemoteChange } from './watch';
