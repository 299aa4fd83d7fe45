/** Deleting articles with everything stored about them but their annotations, and putting them back (undo). */
import type { LiseuseDatabase } from './database';
import { guardQuota } from './errors';
import { imageRange } from './images';
import type { DeletedArticle } from './types';

const tables = (db: LiseuseDatabase) => [
  db.articles,
  db.contents,
  db.search,
  db.images,
  db.thumbnails,
  db.outbox,
];

/** Deletes articles and their images in one transaction; returns what undo needs (missing ids are skipped). */
export function deleteArticles(db: LiseuseDatabase, ids: string[]): Promise<DeletedArticle[]> {
  return db.transaction('rw', tables(db), async () => {
    const deleted: DeletedArticle[] = [];
    for (const id of ids) {
      const summary = await db.articles.get(id);
      if (!summary) continue;
      const [lower, upper] = imageRange(id);
      const images = db.images.where('[articleId+url]').between(lower, upper);
      deleted.push({
        summary,
        content: await db.contents.get(id),
        search: await db.search.get(id),
        images: await images.toArray(),
        thumbnail: await db.thumbnails.get(id),
      });
      await images.delete();
    }
    const gone = deleted.map((d) => d.summary.id);
    await Promise.all([db.articles, db.contents, db.search, db.thumbnails].map((t) => t.bulkDelete(gone)));
    return deleted;
  });
}

/** Puts deleted articles back exactly as they were (their annotations were never removed). */
export function restoreArticles(db: LiseuseDatabase, deleted: DeletedArticle[]): Promise<void> {
  return guardQuota(() =>
    db.transaction('rw', tables(db), async () => {
      await db.articles.bulkPut(deleted.map((d) => d.summary));
      await db.contents.bulkPut(deleted.flatMap((d) => (d.content ? [d.content] : [])));
      await db.search.bulkPut(deleted.flatMap((d) => (d.search ? [d.search] : [])));
      await db.images.bulkPut(deleted.flatMap((d) => d.images));
      await db.thumbnails.bulkPut(deleted.flatMap((d) => (d.thumbnail ? [d.thumbnail] : [])));
    }),
  );
}
