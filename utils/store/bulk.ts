/**
 * Bulk writes for imports: one transaction per batch, so a batch is written completely or not at
 * all; cancelling (AbortSignal) stops before the next batch and keeps what was committed.
 */
import type { LiseuseDatabase } from './database';
import { guardQuota, InvalidUrlError } from './errors';
import { COMPACT_AT, compactSearchIndex } from './search-index';
import type { ArticleInput, BulkOptions, BulkResult } from './types';
import { ARTICLE_TABLES, writeArticles } from './write-article';

const DEFAULT_BATCH = 250;

async function writeBatch(db: LiseuseDatabase, batch: ArticleInput[], start: number, result: BulkResult) {
  const outcomes = await guardQuota(() =>
    db.transaction('rw', ARTICLE_TABLES, () => writeArticles(db, batch, Date.now())),
  );
  outcomes.forEach((outcome, i) => {
    if (outcome instanceof InvalidUrlError)
      result.rejected.push({ index: start + i, reason: outcome.message });
    else if (outcome.created) result.created += 1;
    else {
      result[outcome.changed ? 'updated' : 'unchanged'] += 1;
      if (outcome.keptYours) result.keptYours += 1;
    }
  });
}

/**
 * Imports many articles, merged field by field into those already saved (utils/store/merge: the
 * newer value wins, favourite, archived and tags are united when the file has no times), in batched
 * transactions.
 * Throws StorageQuotaError when the disk is full; earlier batches stay saved.
 */
export async function bulkPutArticles(
  db: LiseuseDatabase,
  items: ArticleInput[],
  options: BulkOptions = {},
): Promise<BulkResult> {
  const size = Math.max(1, options.batchSize ?? DEFAULT_BATCH);
  const result: BulkResult = {
    created: 0,
    updated: 0,
    keptYours: 0,
    unchanged: 0,
    rejected: [],
    cancelled: false,
  };
  for (let start = 0; start < items.length; start += size) {
    if (options.signal?.aborted) {
      result.cancelled = true;
      break;
    }
    await writeBatch(db, items.slice(start, start + size), start, result);
    options.onProgress?.(Math.min(start + size, items.length), items.length);
  }
  // Fold a large import into the search snapshot now rather than on the reader's first search.
  if (result.created + result.updated >= COMPACT_AT) await compactSearchIndex(db);
  return result;
}
