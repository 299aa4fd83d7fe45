/**
 * The stored search snapshot and its delta. The snapshot (one value in `searchIndex`) is loaded once
 * per page and kept while its sequence is current; rows written since are read directly. When the
 * delta grows past COMPACT_AT rows it is merged into a new snapshot, in one transaction.
 */
import { EMPTY_SNAPSHOT, mergeSnapshot, type SearchSnapshot } from '@/utils/search/snapshot';
import type { LiseuseDatabase } from './database';
import type { SearchRow } from './types';

/** A `searchIndex` row: `main` holds the snapshot, `meta` only its sequence (cheap to check). */
export interface StoredSnapshot {
  key: 'main' | 'meta';
  seq: number;
  snapshot?: SearchSnapshot;
}

/** Delta size above which a search schedules a merge. */
export const COMPACT_AT = 200;

const cache = new WeakMap<LiseuseDatabase, SearchSnapshot>();

async function currentSnapshot(db: LiseuseDatabase): Promise<SearchSnapshot> {
  const meta = await db.searchIndex.get('meta');
  const cached = cache.get(db);
  if (cached && cached.seq === (meta?.seq ?? 0)) return cached;
  const snapshot = meta ? ((await db.searchIndex.get('main'))?.snapshot ?? EMPTY_SNAPSHOT) : EMPTY_SNAPSHOT;
  cache.set(db, snapshot);
  return snapshot;
}

/** Loads the snapshot ahead of the first search (e.g. when the library page opens). */
export async function warmSearchIndex(db: LiseuseDatabase): Promise<void> {
  await db.transaction('r', db.searchIndex, () => currentSnapshot(db));
}

/** What a search reads: the snapshot and the rows written since. */
export async function loadSearchState(
  db: LiseuseDatabase,
): Promise<{ snapshot: SearchSnapshot; delta: SearchRow[] }> {
  return db.transaction('r', [db.search, db.searchIndex], async () => {
    const snapshot = await currentSnapshot(db);
    const delta = await db.search.where('seq').above(snapshot.seq).toArray();
    return { snapshot, delta };
  });
}

/**
 * Merges the delta (and deletions) into a new stored snapshot. Reads in one read-only transaction
 * and writes only `searchIndex`, so saves are never blocked by a merge; if another page merged in
 * between, this result is dropped. Rows written meanwhile have a higher `seq` and stay in the delta.
 */
export async function compactSearchIndex(db: LiseuseDatabase): Promise<boolean> {
  const read = await db.transaction('r', [db.search, db.searchIndex, db.articles], async () => {
    const old = await currentSnapshot(db);
    const delta = await db.search.where('seq').above(old.seq).toArray();
    const ids = new Set((await db.articles.toCollection().primaryKeys()) as string[]);
    return { old, delta, ids };
  });
  const { old, delta, ids } = read;
  const removed = new Set(old.docs.filter((id) => !ids.has(id)));
  if (delta.length === 0 && removed.size === 0) return false;
  const seq = delta.reduce((max, row) => Math.max(max, row.seq), old.seq);
  const next = mergeSnapshot(
    old,
    delta.filter((row) => ids.has(row.id)),
    removed,
    seq,
  );
  return db.transaction('rw', db.searchIndex, async () => {
    if (((await db.searchIndex.get('meta'))?.seq ?? 0) !== old.seq) return false;
    await db.searchIndex.bulkPut([
      { key: 'main', seq, snapshot: next },
      { key: 'meta', seq },
    ]);
    cache.set(db, next);
    return true;
  });
}
