/** The list's thumbnails (one small blob per article, made from its stored lead image). */
import type { LiseuseDatabase } from './database';
import { guardQuota } from './errors';
import type { StoredImage, Thumbnail } from './types';

/** Thumbnails of `ids`, in order (undefined where none was made yet). */
export function getThumbnails(db: LiseuseDatabase, ids: string[]): Promise<(Thumbnail | undefined)[]> {
  return db.thumbnails.bulkGet(ids);
}

/** Stores a thumbnail (or the fact that the article has no stored image: `blob` null). */
export function putThumbnail(db: LiseuseDatabase, thumbnail: Thumbnail): Promise<void> {
  return guardQuota(async () => {
    // The article may have been deleted while the picture was being made.
    await db.transaction('rw', [db.articles, db.thumbnails], async () => {
      if (await db.articles.get(thumbnail.id)) await db.thumbnails.put(thumbnail);
    });
  });
}

/**
 * The stored image a thumbnail is made from: the lead image when it was stored, else the article's
 * first stored image (in document order), else none.
 */
export async function thumbnailSource(db: LiseuseDatabase, id: string): Promise<StoredImage | null> {
  const article = await db.articles.get(id);
  if (!article) return null;
  const content = await db.contents.get(id);
  const order = [...(article.leadImage ? [article.leadImage] : []), ...(content?.images ?? [])];
  if (order.length === 0) return null;
  const rows = await db.images.bulkGet(order.map((url) => [id, url] as [string, string]));
  return rows.find((row) => row?.status === 'stored' && row.blob) ?? null;
}
