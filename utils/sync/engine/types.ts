/** Shared shapes of the replicator: leaves fetched from the server, per-document state, the run's context. */
import type { LiseuseDatabase, SyncDocRow } from '@/utils/store';
import type { SyncKind } from '@/utils/sync/adapter';
import type { SyncKeys } from '@/utils/sync/crypto';
import type { SyncRecord } from '@/utils/sync/merge';
import type { CouchClient } from '@/utils/sync/protocol';

/** One leaf revision of a document, decrypted and checked. */
export interface Leaf {
  rev: string;
  /** Its revision path, newest first (itself included). */
  path: string[];
  deleted: boolean;
  /** Null for a deletion. */
  record: SyncRecord | null;
  /** An image's bytes. */
  bytes?: Uint8Array<ArrayBuffer>;
}

/** A document's replication state as stored. */
export type DocState = SyncDocRow<SyncRecord, Leaf>;

/** What one run did, for the status line. */
export interface SyncReport {
  pulled: number;
  pushed: number;
  /** Notes edited on two devices, kept twice. */
  conflicts: number;
  /** Documents from the server that could not be read (wrong shape, failed decryption). */
  rejected: number;
}

/** Everything a run needs. */
export interface SyncContext {
  db: LiseuseDatabase;
  client: CouchClient;
  keys: SyncKeys;
  report: SyncReport;
}

/** Revision paths kept per document (CouchDB keeps 1000; a path this long still attaches on the server). */
export const REVS_LIMIT = 100;
/** Other known revisions kept per document. */
export const KNOWN_LIMIT = 50;

/** A fresh state for a document not synced before. */
export function newState(docId: string, local: string, kind: SyncKind): DocState {
  return {
    docId,
    local,
    kind,
    rev: null,
    revs: [],
    shadow: null,
    deleted: false,
    push: 0,
    tombs: [],
    known: [],
    inbox: null,
    waiting: 0,
  };
}

/** A new, empty report. */
export const emptyReport = (): SyncReport => ({ pulled: 0, pushed: 0, conflicts: 0, rejected: 0 });

/** Keeps the last `limit` distinct items. */
export const bounded = (items: string[], limit: number): string[] => [...new Set(items)].slice(-limit);
