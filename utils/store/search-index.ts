/**
 * The stored search snapshot and its delta. The snapshot (one value in `searchIndex`) is loaded once
 * per page and kept while its sequence is current; rows written since (the delta) are kept too and
 * only newer rows are read per search. When the delta grows past COMPACT_AT rows it is merged into a
 * new snapshot when the page is idle, never on a search's path.
 *
 * Loading (tens of megabytes to deserialise at 10,000 articles) and merging (hundreds of ms of CPU,
 * then as much to serialise) run in a worker where the page can start one (search-worker-client):
 * the page only receives the finished snapshot, its arrays transferred, not copied. Elsewhere (the
 * service worker, tests) they run here, the merge in slices of a few milliseconds.
 */

import { Slicer } from '@/utils/shared/schedule';
import { EMPTY_SNAPSHOT, mergeSnapshotSteps, type SearchSnapshot } from '@/utils/store/search/inverted-index';
import type { LiseuseDatabase } from './database';
import { offThread } from './search-worker-client';
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
/** Databases this thread is merging: their merge hands the new snapshot over itself. */
const merging = new WeakSet<LiseuseDatabase>();
const loading = new WeakMap<LiseuseDatabase, Promise<SearchSnapshot>>();

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

/** The stored snapshot, read in this thread. */
export async function readStoredSnapshot(db: LiseuseDatabase): Promise<SearchSnapshot> {
  const meta = await db.searchIndex.get('meta');
  return meta ? ((await db.searchIndex.get('main'))?.snapshot ?? EMPTY_SNAPSHOT) : EMPTY_SNAPSHOT;
}

async function loadSnapshot(db: LiseuseDatabase): Promise<SearchSnapshot> {
  const snapshot = (await offThread('load', db.name).catch(() => null)) ?? (await readStoredSnapshot(db));
  cache.set(db, snapshot);
  return snapshot;
}

/** The current snapshot: the cached one while its sequence is the stored one, else loaded (once). */
async function currentSnapshot(db: LiseuseDatabase): Promise<SearchSnapshot> {
  const cached = cache.get(db);
  // Reading the sequence would wait for the merge's write of the snapshot (same store): searches
  // go on with the cached one meanwhile, and the merge replaces it when done.
  if (cached && merging.has(db)) return cached;
  const meta = await db.searchIndex.get('meta');
  if (cached && cached.seq === (meta?.seq ?? 0)) return cached;
  if (!meta) return EMPTY_SNAPSHOT;
  const pending = loading.get(db) ?? loadSnapshot(db).finally(() => loading.delete(db));
  loading.set(db, pending);
  return pending;
}

/** Loads the snapshot ahead of the first search (e.g. when the library page opens). */
export async function warmSearchIndex(db: LiseuseDatabase): Promise<void> {
  await currentSnapshot(db);
}

/** Forgets this thread's copy of the snapshot (the worker, once it has handed its copy over). */
export function forgetSnapshot(db: LiseuseDatabase): void {
  cache.delete(db);
}

/**
 * What a search reads: the snapshot and the rows written since, by article id. A deleted article's
 * row may linger here until the next merge; searches drop ids that are no longer listed.
 */
export async function loadSearchState(
  db: LiseuseDatabase,
): Promise<{ snapshot: SearchSnapshot; delta: ReadonlyMap<string, SearchRow> }> {
  const cached = cache.get(db);
  if (cached && !merging.has(db)) {
    // The usual case, in one read: the snapshot in hand is still the stored one, and its delta.
    const fresh = await db.transaction('r', [db.search, db.searchIndex], async () => {
      const meta = await db.searchIndex.get('meta');
      return (meta?.seq ?? 0) === cached.seq ? currentDelta(db, cached) : null;
    });
    if (fresh) return { snapshot: cached, delta: fresh };
  }
  // Outside the read transaction: loading may wait for the worker. Rows above the snapshot's
  // sequence are its delta whenever they are read.
  const snapshot = await currentSnapshot(db);
  return { snapshot, delta: await db.transaction('r', db.search, () => currentDelta(db, snapshot)) };
}

const scheduled = new WeakSet<LiseuseDatabase>();

/** Merges the delta once it reaches COMPACT_AT rows, when the page is idle. */
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
 * Merges the delta (and deletions) into a new stored snapshot, in this thread: reads in one read-only
 * transaction, merges in slices, and writes only `searchIndex`, so saves are never blocked by a
 * merge; if another page merged in between, this result is dropped (null). Rows written meanwhile
 * have a higher `seq` and stay in the delta.
 */
export async function compactHere(db: LiseuseDatabase): Promise<SearchSnapshot | null> {
  const old = await currentSnapshot(db);
  const { delta, ids } = await db.transaction('r', [db.search, db.articles], async () => ({
    delta: await db.search.where('seq').above(old.seq).toArray(),
    ids: new Set((await db.articles.toCollection().primaryKeys()) as string[]),
  }));
  const removed = new Set(old.docs.filter((id) => !ids.has(id)));
  if (delta.length === 0 && removed.size === 0) return null;
  const seq = delta.reduce((max, row) => Math.max(max, row.seq), old.seq);
  const live = delta.filter((row) => ids.has(row.id));
  const next = await new Slicer().run(mergeSnapshotSteps(old, live, removed, seq));
  if (!next) return null;
  return db.transaction('rw', db.searchIndex, async () => {
    if (((await db.searchIndex.get('meta'))?.seq ?? 0) !== old.seq) return null;
    await db.searchIndex.bulkPut([
      { key: 'main', seq, snapshot: next },
      { key: 'meta', seq },
    ]);
    cache.set(db, next);
    return next;
  });
}

/**
 * Merges the delta into a new stored snapshot, in the search worker when the page has one (the page
 * then only takes the result), else here. True when a new snapshot was stored.
 */
export async function compactSearchIndex(db: LiseuseDatabase): Promise<boolean> {
  merging.add(db);
  try {
    const merged = await offThread('compact', db.name).catch(() => undefined);
    if (merged === undefined) return (await compactHere(db)) !== null;
    if (merged) cache.set(db, merged);
    return merged !== null;
  } finally {
    merging.delete(db);
  }
}
