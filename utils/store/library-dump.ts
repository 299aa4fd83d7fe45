/**
 * Every row at once: the read behind Liseuse's own export, and the write behind restoring it. Ids, times and
 * images are kept; an article whose URL is already in the library keeps the existing id, so nothing doubles.
 */
import { buildSearchRow } from '@/utils/store/search/index-terms';
import type { LiseuseDatabase } from './database';
import { guardQuota } from './errors';
import type { ArticleSummary, LibraryDump, RestoreItem } from './types';

const TABLES = ['articles', 'contents', 'search', 'images', 'annotations', 'outbox'] as const;

/** Reads the whole library, newest saved first. */
export function readLibraryDump(db: LiseuseDatabase, now = Date.now()): Promise<LibraryDump> {
  return db.transaction('r', TABLES, async () => ({
    exportedAt: now,
    articles: await db.articles.orderBy('savedAt').reverse().toArray(),
    contents: await db.contents.toArray(),
    images: await db.images.toArray(),
    annotations: await db.annotations.toArray(),
  }));
}

/** Every article summary (no content), for lookups by URL across the whole library. */
export function allSummaries(db: LiseuseDatabase): Promise<ArticleSummary[]> {
  return db.articles.toArray();
}

async function restoreItem(db: LiseuseDatabase, item: RestoreItem): Promise<boolean> {
  const { article, content, images, annotations } = item;
  const existing = await db.articles.where('url').equals(article.url).first();
  const id = existing?.id ?? article.id;
  await db.articles.put({ ...article, id });
  if (content) await db.contents.put({ ...content, id });
  await db.images.bulkPut(images.map((image) => ({ ...image, articleId: id })));
  await db.annotations.bulkPut(annotations.map((a) => (a.articleId ? { ...a, articleId: id } : a)));
  const notes = annotations.map((a) => a.body).filter(Boolean);
  await db.search.put(
    buildSearchRow({ id, title: article.title, text: content?.text ?? '', tags: article.tags, notes }),
  );
  return !existing;
}

/** Writes restored articles in one transaction (all or nothing); returns how many were new. */
export function restoreItems(db: LiseuseDatabase, items: RestoreItem[]): Promise<number> {
  return guardQuota(() =>
    db.transaction('rw', TABLES, async () => {
      let created = 0;
      for (const item of items) if (await restoreItem(db, item)) created++;
      return created;
    }),
  );
}
