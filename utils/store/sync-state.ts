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

/** Outbox rows written after sequence `after`, oldest first. */
export function readOutbox(db: LiseuseDatabase, limit: number, after = 0): Promise<OutboxEntry[]> {
  return db.outbox.where('seq').above(after).limit(limit).toArray();
}

/** Deletes outbox rows (a commit deletes the rows it read: changes written since stay). */
export function clearOutboxRows(db: LiseuseDatabase, rows: OutboxEntry[]): Promise<void> {
  return db.outbox.bulkDelete(rows.flatMap((r) => (r.seq === undefined ? [] : [r.seq])));
}

/** True when an item has a change not committed yet. */
export async function hasPendingChange(db: LiseuseDatabase, key: string): Promise<boolean> {
  return (await db.outbox.where('keys').equals(key).count()) > 0;
}

/** The newest outbox sequence now (0 when empty): rows above it were written after this call. */
export async function outboxMark(db: LiseuseDatabase): Promise<number> {
  return (await db.outbox.orderBy('seq').last())?.seq ?? 0;
}

/** Deletes the rows written after `mark` (the changes a sync write itself caused, in its own transaction). */
export function dropOutboxSince(db: LiseuseDatabase, mark: number): Promise<number> {
  return db.outbox.where('seq').above(mark).delete();
}

/** Marks items as changed (a first sync sends everything). */
export function enqueueOutbox(db: LiseuseDatabase, keys: string[], at = Date.now()): Promise<void> {
  const rows: OutboxEntry[] = [];
  for (let i = 0; i < keys.length; i += 500) rows.push({ keys: keys.slice(i, i + 500), at });
  return db.transaction('rw', db.outbox, async () => {
    await db.outbox.bulkAdd(rows);
  });
}

/**
 * Keeps the outbox small while nothing sends it: emptied when sync was never set up (starting sync
 * queues the whole library anyway), folded into one row per item change time when it is stopped.
 */
export function tidyOutbox(db: LiseuseDatabase, configured: boolean): Promise<void> {
  return db.transaction('rw', db.outbox, async () => {
    if (!configured) return db.outbox.clear();
    if ((await db.outbox.count()) <= 100) return;
    const latest = new Map<string, number>();
    for (const row of await db.outbox.toArray())
      for (const key of row.keys) latest.set(key, Math.max(latest.get(key) ?? 0, row.at));
    await db.outbox.clear();
    // Grouped by change time, so every item keeps the time its fields changed.
    const byTime = new Map<number, string[]>();
    for (const [key, at] of latest) byTime.set(at, [...(byTime.get(at) ?? []), key]);
    const rows: OutboxEntry[] = [...byTime].flatMap(([at, keys]) =>
      Array.from({ length: Math.ceil(keys.length / 500) }, (_, i) => ({
        keys: keys.slice(i * 500, i * 500 + 500),
        at,
      })),
    );
    await db.outbox.bulkAdd(rows);
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
  const [keys, push] = await Promise.all([
    db.outbox.orderBy('keys').uniqueKeys(),
    db.syncDocs.where('push').equals(1).count(),
  ]);
  return keys.length + push;
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
