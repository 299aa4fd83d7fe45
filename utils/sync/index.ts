/** Sync through the CouchDB replication protocol, end-to-end encrypted (issue #16). Background and settings only. */

export { hasDataCollectionConsent, maySync, type SyncPermissions, syncPermissions } from './permissions';
export { SyncError, type SyncErrorCode } from './protocol';
export { databaseUrl, originPermission } from './server-url';
export {
  type SessionOptions,
  type SyncConfig,
  type SyncSettings,
  startSync,
  stopSync,
  syncNow,
} from './session';
export { readStatus, type SyncStatus } from './status';
export { waitForRemoteChange } from './watch';
