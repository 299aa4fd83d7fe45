/**
 * The library database: one Dexie class and its repositories. Import from `@/utils/store`.
 * Every function takes the database first (`getDatabase()` in the extension; a fresh
 * `new LiseuseDatabase(name)` in tests).
 */
export {
  deleteAnnotation,
  getAnnotation,
  listAllAnnotations,
  listAnnotations,
  putAnnotation,
  putAnnotations,
} from './annotations';
export {
  deleteArticle,
  findArticleByUrl,
  getArticle,
  getSummaries,
  restoreArticle,
  saveArticle,
  updateArticle,
} from './articles';
export { bulkPutArticles } from './bulk';
export { DATABASE_NAME, getDatabase, LiseuseDatabase } from './database';
export { InvalidUrlError, StorageQuotaError } from './errors';
export { getImages, putImages } from './images';
export { allSummaries, readLibraryDump, restoreItems } from './library-dump';
export { countArticles, listArticleIds, listArticles, listSites, listTags, newestArticleIds } from './list';
export { requestPersistentStorage } from './persist';
export { type CandidateLimits, relatedCandidateIds, summariesWithSearchRows } from './related-candidates';
export { TAG_MARK, TITLE_MARK } from './search/index-terms';
export { searchArticles } from './search-articles';
export { COMPACT_AT, compactSearchIndex, warmSearchIndex } from './search-index';
export {
  allSyncKeys,
  clearOutboxRows,
  countWaiting,
  dropOutboxSince,
  enqueueOutbox,
  getSyncDoc,
  getSyncDocs,
  getSyncMeta,
  hasPendingChange,
  outboxMark,
  pushAllSyncDocs,
  putSyncDocs,
  putSyncMeta,
  readOutbox,
  resetSyncState,
  syncDocsOf,
  syncDocsToPush,
  syncDocsWaiting,
  syncTransaction,
  tidyOutbox,
} from './sync-state';
export type { OutboxEntry, SyncDocRow, SyncMetaRow } from './sync-types';
export {
  articleIdsByUrl,
  readArticleRows,
  readImageRows,
  removeArticleRows,
  writeArticleRows,
  writeImageRows,
} from './synced-rows';
export type * from './types';
