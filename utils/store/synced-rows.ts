/**
 * Writes what sync received, exactly as given (no save-time merge: sync already merged), keeping the
 * search rows in step. Each runs inside the caller's `syncTransaction`.
 */
import { buildSearchRow } from '@/utils/store/search/index-terms';
import type { LiseuseDatabase } from './database';
import { imageRange } from './images';
import type { ArticleContent, ArticleSummary, StoredImage } from './types';
import { notesFor } from './write-article';

/** The summary and content rows of an article, separately (undefined when missing). */
export async function readArticleRows(
  db: LiseuseDatabase,
  id: string,
): Promise<{ summary: ArticleSummary | undefined; content: ArticleContent | undefined }> {
  const [summary, content] = await Promise.all([db.articles.get(id), db.contents.get(id)]);
  return { summary, content };
}

/** Stores an article's rows and its search row. */
export async function writeArticleRows(
  db: LiseuseDatabase,
  summary: ArticleSummary,
  content: ArticleContent,
): Promise<void> {
  await db.articles.put(summary);
  await db.contents.put(content);
  const notes = await notesFor(db, summary.url, summary.id);
  await db.search.put(
    buildSearchRow({ id: summary.id, title: summary.title, text: content.text, tags: summary.tags, notes }),
  );
}

/** Removes an article, its content, search row and images (annotations stay with their page). */
export async function removeArticleRows(db: LiseuseDatabase, id: string): Promise<void> {
  const [lower, upper] = imageRange(id);
  await db.images.where('[articleId+url]').between(lower, upper).delete();
  await Promise.all([db.articles.delete(id), db.contents.delete(id), db.search.delete(id)]);
}

/** Stores image rows as they are. */
export async function writeImageRows(db: LiseuseDatabase, rows: StoredImage[]): Promise<void> {
  await db.images.bulkPut(rows);
}

/** All image rows of an article. */
export async function readImageRows(db: LiseuseDatabase, articleId: string): Promise<StoredImage[]> {
  const [lower, upper] = imageRange(articleId);
  return db.images.where('[articleId+url]').between(lower, upper, true, true).toArray();
}

/** The ids of saved articles by normalised URL. */
export async function articleIdsByUrl(db: LiseuseDatabase, urls: string[]): Promise<Map<string, string>> {
  const rows = await db.articles.where('url').anyOf(urls).toArray();
  return new Map(rows.map((r) => [r.url, r.id]));
}
