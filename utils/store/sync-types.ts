/**
 * Stored shapes of the sync state (schema v4). The store keeps them opaque where sync owns the
 * meaning (`shadow`, `inbox`): it only stores, indexes and counts them.
 */

/**
 * One write's changed items, waiting to be committed by sync: `article:<id>`, `images:<articleId>`,
 * `annotation:<id>`. Rows are never changed: a commit deletes the rows it read, later writes stay.
 */
export interface OutboxEntry {
  /** Rising write sequence (the key, given by IndexedDB: unique across the pages and the background). */
  seq?: number;
  keys: string[];
  /** When the write happened (epoch ms): the time its changed fields carry. */
  at: number;
}

/** The replication state of one synced document. */
export interface SyncDocRow<Shadow = unknown, Leaf = unknown> {
  /** The server's document id (a keyed hash: no URL or local id). */
  docId: string;
  /** The outbox key of the local item it mirrors, or `parked:<docId>` while its article is not here yet. */
  local: string;
  kind: string;
  /** The local leaf revision, null before the first commit. */
  rev: string | null;
  /** Its revision path, newest first (bounded). */
  revs: string[];
  /** The content of `rev` (large fields digested), null when deleted. */
  shadow: Shadow | null;
  deleted: boolean;
  /** 1 while `rev` or a tombstone has not reached the server. */
  push: 0 | 1;
  /** Tombstones to send for conflicting branches this device resolved (revision paths, newest first). */
  tombs: string[][];
  /** Other revisions known here (deleted leaves seen, tombstones sent): never fetched again. */
  known: string[];
  /** Remote leaves fetched but not merged yet (the item changed meanwhile, or its article is missing). */
  inbox: Leaf[] | null;
  /** 1 while `inbox` holds leaves. */
  waiting: 0 | 1;
}

/** One value of the sync settings and state (`config`, `keys`, `checkpoint`, `status`…). */
export interface SyncMetaRow {
  key: string;
  value: unknown;
}
