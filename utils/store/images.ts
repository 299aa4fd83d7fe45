/** Article images stored as blobs (or recorded failures), keyed by `[articleId+url]`. */
import Dexie from 'dexie';
import type { LiseuseDatabase } from './database';
import { guardQuota } from './errors';
import type { StoredImage } from './types';

/** Key range covering every image of one article. */
export function imageRange(articleId: string): [[string, unknown], [string, unknown]] {
  return [
    [articleId, Dexie.minKey],
    [articleId, Dexie.maxKey],
  ];
}

/** Stores (or replaces) image rows of an article in one transaction. */
export function putImages(db: LiseuseDatabase, images: StoredImage[]): Promise<void> {
  return guardQuota(() =>
    db.transaction('rw', [db.images, db.outbox], async () => {
      await db.images.bulkPut(images);
    }),
  );
}

/** All stored image rows of an article, by image URL. */
export async function getImages(db: LiseuseDatabase, articleId: string): Promise<Map<string, StoredImage>> {
  const [lower, upper] = imageRange(articleId);
  const rows = await db.images.where('[articleId+url]').between(lower, upper, true, true).toArray();
  return new Map(rows.map((row) => [row.url, row]));
}
