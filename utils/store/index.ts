/**
 * The library database: one Dexie class and its repositories. Import from `@/utils/store`.
 * Every function takes the database first (`getDatabase()` in the extension; a fresh
 * `new LiseuseDatabase(name)` in tests).
 */

export { emptyAnnotationResult, importAnnotations } from './annotation-import';
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
  updateArticles,
} from './articles';
export { bulkPutArticles } from './bulk';
export { DATABASE_NAME, getDatabase, LiseuseDatabase } from './database';
export { deleteArticles, restoreArticles } from './delete-articles';
export { InvalidUrlError, isNewerDatabaseError, NewerDatabaseError, StorageQuotaError } from './errors';
export { getImages, putImages } from './images';
export { allSummaries, readLibraryDump, restoreItems } from './library-dump';
export {
  countArticles,
  firstScreenIds,
  listArticleIds,
  listArticles,
  listSites,
  listTags,
  newestArticleIds,
} from './list';
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
export { getThumbnails, putThumbnail, thumbnailSource } from './thumbnails';
export type * from './types';
