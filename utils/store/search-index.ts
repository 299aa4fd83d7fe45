/**
 * The stored search snapshot and its delta. The snapshot (one value in `searchIndex`) is loaded once
 * per page and kept while its sequence is current; rows written since (the delta) are kept too and
 * only newer rows are read per search. When the delta grows past COMPACT_AT rows it is merged into a
 * new snapshot when the page is idle, never on a search's path.
 */
import { EMPTY_SNAPSHOT, mergeSnapshot, type SearchSnapshot } from '@/utils/store/search/inverted-index';
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

/** The delta rows read so far for one snapshot, by article id. */
const deltas = new WeakMap<LiseuseDatabase, { snapshotSeq: number; rows: Map<string, SearchRow> }>();

/**
 * The rows written since `snapshot`. Only the (id, seq) keys of the delta are read each time; rows
 * are fetched when new or rewritten, so a search does not clone hundreds of word lists again.
 */
async function currentDelta(db: LiseuseDatabase, snapshot: SearchSnapshot): Promise<Map<string, SearchRow>> {
  let d = deltas.get(db);
  if (d?.snapshotSeq !== snapshot.seq) {
    d = { snapshotSeq: snapshot.seq, rows: new Map() };
    deltas.set(db, d);
  }
  const range = db.search.where('seq').above(snapshot.seq);
  const [seqs, ids] = await Promise.all([range.keys(), range.primaryKeys()]);
  const rows = d.rows;
  const changed = (ids as string[]).filter((id, i) => rows.get(id)?.seq !== seqs[i]);
  if (changed.length > 0)
    for (const row of await db.search.bulkGet(changed))
      if (row && row.seq > snapshot.seq) rows.set(row.id, row);
  if (rows.size > ids.length) {
    // Deleted articles' rows are gone from the table: drop them here too.
    const live = new Set(ids as string[]);
    for (const id of rows.keys()) if (!live.has(id)) rows.delete(id);
  }
  return rows;
}

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

/**
 * What a search reads: the snapshot and the rows written since, by article id. A deleted article's
 * row may linger here until the next merge; searches drop ids that are no longer listed.
 */
export async function loadSearchState(
  db: LiseuseDatabase,
): Promise<{ snapshot: SearchSnapshot; delta: ReadonlyMap<string, SearchRow> }> {
  return db.transaction('r', [db.search, db.searchIndex], async () => {
    const snapshot = await currentSnapshot(db);
    return { snapshot, delta: await currentDelta(db, snapshot) };
  });
}

const scheduled = new WeakSet<LiseuseDatabase>();

/** Merges the delta once it reaches COMPACT_AT rows, when the page is idle (a merge is CPU-bound). */
export function scheduleCompaction(db: LiseuseDatabase, deltaSize: number): void {
  if (deltaSize < COMPACT_AT || scheduled.has(db)) return;
  scheduled.add(db);
  const run = () =>
    void compactSearchIndex(db)
      .catch(() => false)
      .finally(() => scheduled.delete(db));
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 10_000 });
  else setTimeout(run, 1_000);
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
