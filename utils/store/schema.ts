/**
 * Every released schema version, oldest first. A released version is never edited: changes go in a
 * new version with its own upgrade and a saved-database test (tests/unit/store/migration-*.test.ts).
 * Only queried fields are indexed.
 */

/** v1: articles split into a light summary row and a heavy content row; images as blobs. */
export const SCHEMA_V1 = {
  articles: 'id, &url, savedAt, status, site, *tags',
  contents: 'id',
  images: '[articleId+url]',
} as const;

/**
 * v2: favourite and entity filters become indexed (`favorite` 0/1, folded `entityKeys`), full-text
 * search rows, and W3C annotations indexed by page URL and article.
 */
export const SCHEMA_V2 = {
  articles: 'id, &url, savedAt, status, site, *tags, favorite, *entityKeys',
  contents: 'id',
  images: '[articleId+url]',
  search: 'id, *words',
  annotations: 'id, url, articleId',
} as const;

/**
 * v3: the `words` multiEntry index is dropped (~700 index entries per article made a save cost
 * ~50 ms and the database ~70 kB per article); search rows are ordered by a write sequence and
 * searched through an inverted-index snapshot stored in `searchIndex`.
 */
export const SCHEMA_V3 = {
  articles: 'id, &url, savedAt, status, site, *tags, favorite, *entityKeys',
  contents: 'id',
  images: '[articleId+url]',
  search: 'id, seq',
  searchIndex: 'key',
  annotations: 'id, url, articleId',
} as const;

/**
 * v4: the library's views and sorts read indexes only: newest first within a status or among
 * favourites (`[status+savedAt]`, `[favorite+savedAt]`), longest and shortest (`wordCount`);
 * list thumbnails get their own small table. Rows gain per-field modification times (`fieldTimes`,
 * not indexed), which imports merge by.
 */
export const SCHEMA_V4 = {
  articles:
    'id, &url, savedAt, status, site, *tags, favorite, *entityKeys, wordCount, [status+savedAt], [favorite+savedAt]',
  contents: 'id',
  images: '[articleId+url]',
  search: 'id, seq',
  searchIndex: 'key',
  annotations: 'id, url, articleId',
  thumbnails: 'id',
} as const;

/**
 * v5: sync (issue #16). `outbox` holds one row per write to a synced table, listing the changed
 * articles, article images or annotations (written by the outbox middleware in the same transaction as
 * the change, so a closed browser loses nothing; one row per write, not per item, because each IndexedDB
 * request costs); `syncDocs` is the replication state of each synced document (revision path,
 * what was last synced, revisions waiting to be sent); `syncMeta` holds the settings, keys and checkpoints.
 */
export const SCHEMA_V5 = {
  ...SCHEMA_V4,
  outbox: '++seq, *keys',
  syncDocs: 'docId, local, push, waiting',
  syncMeta: 'key',
} as const;

/** The current schema version number. */
export const CURRENT_VERSION = 5;
