/**
 * The sync state's repository (schema v4): the outbox of local changes, each synced document's
 * replication state, and the sync settings. `syncTransaction` opens one transaction over the library
 * and the sync state, so applying a remote change, recording its state and clearing the outbox entry
 * it caused happen together or not at all.
 */
import type { LiseuseDatabase } from './database';
import { guardQuota } from './errors';
import type { OutboxEntry, SyncDocRow } from './sync-types';

const SYNC_TABLES = [
  'articles',
  'contents',
  'search',
  'images',
  'annotations',
  'outbox',
  'syncDocs',
  'syncMeta',
] as const;

/** Runs `work` in one read-write transaction over the library and the sync state (only Dexie calls inside). */
export function syncTransaction<T>(db: LiseuseDatabase, work: () => Promise<T>): Promise<T> {
  return guardQuota(() => db.transaction('rw', SYNC_TABLES, work));
}

/** Outbox entries written after sequence `after`, oldest first. */
export function readOutbox(db: LiseuseDatabase, limit: number, after = 0): Promise<OutboxEntry[]> {
  return db.outbox.where('seq').above(after).limit(limit).toArray();
}

/** One outbox entry, or undefined. */
export function getOutboxEntry(db: LiseuseDatabase, key: string): Promise<OutboxEntry | undefined> {
  return db.outbox.get(key);
}

/** Removes an entry if it did not change since it was read (a newer change keeps it). */
export async function clearOutboxEntry(db: LiseuseDatabase, entry: OutboxEntry): Promise<boolean> {
  const current = await db.outbox.get(entry.key);
  if (!current || current.seq !== entry.seq) return false;
  await db.outbox.delete(entry.key);
  return true;
}

/** Removes outbox entries unconditionally (the changes a sync write itself caused). */
export function dropOutboxEntries(db: LiseuseDatabase, keys: string[]): Promise<void> {
  return db.outbox.bulkDelete(keys);
}

/** Marks items as changed (a first sync sends everything). */
export function enqueueOutbox(db: LiseuseDatabase, keys: string[], at = Date.now()): Promise<void> {
  return db.transaction('rw', db.outbox, async () => {
    const base = Date.now() * 1000;
    await db.outbox.bulkPut(keys.map((key, i) => ({ key, at, seq: base + i })));
  });
}

/** Every local item sync mirrors, as outbox keys: articles, their images, annotations. */
export async function allSyncKeys(db: LiseuseDatabase): Promise<string[]> {
  const [articles, annotations] = await Promise.all([
    db.articles.toCollection().primaryKeys(),
    db.annotations.toCollection().primaryKeys(),
  ]);
  return [
    ...articles.flatMap((id) => [`article:${id}`, `images:${id}`]),
    ...annotations.map((id) => `annotation:${id}`),
  ];
}

/** How many changes wait to be sent: uncommitted items plus documents not yet on the server. */
export async function countWaiting(db: LiseuseDatabase): Promise<number> {
  const [outbox, push] = await Promise.all([db.outbox.count(), db.syncDocs.where('push').equals(1).count()]);
  return outbox + push;
}

/** A document's sync state. */
export function getSyncDoc(db: LiseuseDatabase, docId: string): Promise<SyncDocRow | undefined> {
  return db.syncDocs.get(docId);
}

/** Several documents' states, in order. */
export function getSyncDocs(db: LiseuseDatabase, docIds: string[]): Promise<(SyncDocRow | undefined)[]> {
  return db.syncDocs.bulkGet(docIds);
}

/** The documents mirroring one local item (or parked under `parked:<docId>`). */
export function syncDocsOf(db: LiseuseDatabase, local: string): Promise<SyncDocRow[]> {
  return db.syncDocs.where('local').equals(local).toArray();
}

/** Ids of the documents with something to send. */
export function syncDocsToPush(db: LiseuseDatabase): Promise<string[]> {
  return db.syncDocs.where('push').equals(1).primaryKeys();
}

/** Documents holding fetched leaves not merged yet. */
export function syncDocsWaiting(db: LiseuseDatabase, limit: number): Promise<SyncDocRow[]> {
  return db.syncDocs.where('waiting').equals(1).limit(limit).toArray();
}

/** Stores documents' states. */
export function putSyncDocs(db: LiseuseDatabase, rows: SyncDocRow[]): Promise<void> {
  return guardQuota(async () => {
    await db.syncDocs.bulkPut(rows);
  });
}

/** Marks every live document to be sent again (the server lost its copy). */
export function pushAllSyncDocs(db: LiseuseDatabase): Promise<number> {
  return db.syncDocs.filter((row) => !row.deleted && row.rev !== null).modify({ push: 1 });
}

/** A sync setting or state value. */
export async function getSyncMeta<T>(db: LiseuseDatabase, key: string): Promise<T | undefined> {
  return (await db.syncMeta.get(key))?.value as T | undefined;
}

/** Stores a sync setting or state value. */
export function putSyncMeta(db: LiseuseDatabase, key: string, value: unknown): Promise<string> {
  return db.syncMeta.put({ key, value });
}

/** Forgets everything sync knew (another server or library): states, checkpoints; the outbox is refilled by the caller. */
export function resetSyncState(db: LiseuseDatabase, keepMeta: string[]): Promise<void> {
  return db.transaction('rw', [db.syncDocs, db.syncMeta], async () => {
    await db.syncDocs.clear();
    await db.syncMeta.where('key').noneOf(keepMeta).delete();
  });
}
