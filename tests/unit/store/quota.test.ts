/**
 * A full disk: the browser's QuotaExceededError (bare, or wrapped by Dexie) becomes a
 * StorageQuotaError and the failed save leaves no partial rows behind.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isQuotaError } from '@/utils/shared/quota-error';
import { saveArticle } from '@/utils/store/articles';
import { bulkPutArticles } from '@/utils/store/bulk';
import type { LiseuseDatabase } from '@/utils/store/database';
import { StorageQuotaError } from '@/utils/store/errors';
import { articleWith, englishArticle, frenchArticle } from '../../fixtures/db/articles';
import { freshDatabase } from './test-db';

let db: LiseuseDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** Makes the search table's writes fail like a full disk (after the summary row was written). */
function fillDisk() {
  const put = IDBObjectStore.prototype.put;
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
    if (this.name === 'search') throw quota();
    return put.apply(this, args);
  });
}

describe('quota errors', () => {
  it('recognises wrapped quota errors', () => {
    expect(isQuotaError(quota())).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: quota() })).toBe(true);
    expect(isQuotaError({ name: 'BulkError', failures: [new Error('x'), quota()] })).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
  });

  it('recognises a really full disk as Chromium reports it, bare or wrapped by Dexie', () => {
    const blobs = new DOMException('Failed to write blobs (IOError)', 'DataError');
    expect(isQuotaError(blobs)).toBe(true);
    expect(
      isQuotaError({
        name: 'AbortError',
        message: 'DataError Failed to write blobs (IOError)',
        inner: blobs,
      }),
    ).toBe(true);
    // The wrapper alone, as it arrives after crossing a message (inner lost).
    expect(isQuotaError({ name: 'AbortError', message: 'DataError Failed to write blobs (IOError)' })).toBe(
      true,
    );
    // Other aborts and data errors are not a full disk.
    expect(isQuotaError(new DOMException('signal is aborted without reason', 'AbortError'))).toBe(false);
    expect(isQuotaError(new DOMException('Failed to write blobs (InvalidBlob)', 'DataError'))).toBe(false);
    expect(
      isQuotaError(
        new DOMException('Data provided to an operation does not meet requirements.', 'DataError'),
      ),
    ).toBe(false);
  });

  it('a failed save says so and loses nothing already saved', async () => {
    const saved = await saveArticle(db, frenchArticle);
    fillDisk();
    const error = await saveArticle(db, englishArticle).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageQuotaError);
    expect((error as StorageQuotaError).code).toBe('quota-exceeded');
    vi.restoreAllMocks();
    expect(await db.articles.count()).toBe(1);
    expect(await db.contents.count()).toBe(1);
    expect((await db.articles.toArray())[0]?.id).toBe(saved.id);
  });

  it('a bulk import keeps committed batches when the disk fills up', async () => {
    const items = Array.from({ length: 6 }, (_, i) => articleWith(`p${i}`, `Post ${i}`, `word${i} text`));
    let batches = 0;
    const error = await bulkPutArticles(db, items, {
      batchSize: 2,
      onProgress: () => {
        batches += 1;
        if (batches === 2) fillDisk();
      },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageQuotaError);
    vi.restoreAllMocks();
    expect(await db.articles.count()).toBe(4);
    expect(await db.search.count()).toBe(4);
  });
});
