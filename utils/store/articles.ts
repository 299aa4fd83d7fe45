/**
 * Article repository: save (insert or update by normalised URL), read, patch, delete with undo.
 * Every write is one transaction, so a failure (e.g. a full disk) leaves the stored library as it was.
 */
import { buildSearchRow } from '@/utils/store/search/index-terms';
import type { LiseuseDatabase } from './database';
import { guardQuota } from './errors';
import { imageRange } from './images';
import type {
  Article,
  ArticleInput,
  ArticlePatch,
  ArticleSummary,
  DeletedArticle,
  SaveResult,
} from './types';
import { ARTICLE_TABLES, notesFor, writeArticle } from './write-article';

/** Saves an article, or updates it when its normalised URL is already saved. */
export function saveArticle(db: LiseuseDatabase, input: ArticleInput): Promise<SaveResult> {
  return guardQuota(() => db.transaction('rw', ARTICLE_TABLES, () => writeArticle(db, input, Date.now())));
}

/** A full article (summary + content), or undefined. */
export async function getArticle(db: LiseuseDatabase, id: string): Promise<Article | undefined> {
  const [summary, content] = await Promise.all([db.articles.get(id), db.contents.get(id)]);
  if (!summary) return undefined;
  return {
    ...summary,
    html: content?.html ?? '',
    text: content?.text ?? '',
    entities: content?.entities ?? [],
    related: content?.related ?? [],
    images: content?.images ?? [],
  };
}

/** The summary of a saved URL (already normalised), or undefined. */
export function findArticleByUrl(db: LiseuseDatabase, url: string): Promise<ArticleSummary | undefined> {
  return db.articles.where('url').equals(url).first();
}

/** Summaries for ids, in the same order (undefined where missing). For the virtualised list. */
export function getSummaries(db: LiseuseDatabase, ids: string[]): Promise<(ArticleSummary | undefined)[]> {
  return db.articles.bulkGet(ids);
}

function applyPatch(row: ArticleSummary, patch: ArticlePatch, now: number): ArticleSummary {
  const next = { ...row, updatedAt: now };
  if (patch.title !== undefined) next.title = patch.title.trim() || row.title;
  if (patch.status !== undefined) next.status = patch.status;
  if (patch.favorite !== undefined) next.favorite = patch.favorite ? 1 : 0;
  if (patch.tags !== undefined) next.tags = [...new Set(patch.tags.map((t) => t.trim()).filter(Boolean))];
  if (patch.progress !== undefined) next.progress = Math.min(1, Math.max(row.progress, patch.progress));
  if (patch.position !== undefined) next.position = Math.min(1, Math.max(0, patch.position));
  return next;
}

/** Changes reader-editable fields; progress only grows. Returns the new summary, undefined if gone. */
export function updateArticle(
  db: LiseuseDatabase,
  id: string,
  patch: ArticlePatch,
): Promise<ArticleSummary | undefined> {
  return guardQuota(() =>
    db.transaction('rw', ARTICLE_TABLES, async () => {
      const row = await db.articles.get(id);
      if (!row) return undefined;
      const next = applyPatch(row, patch, Date.now());
      await db.articles.put(next);
      if (patch.title !== undefined || patch.tags !== undefined) {
        const text = (await db.contents.get(id))?.text ?? '';
        const notes = await notesFor(db, next.url, id);
        await db.search.put(buildSearchRow({ id, title: next.title, text, tags: next.tags, notes }));
      }
      return next;
    }),
  );
}

/** Deletes an article and its images; returns everything needed to undo (restoreArticle). */
export function deleteArticle(db: LiseuseDatabase, id: string): Promise<DeletedArticle | undefined> {
  return db.transaction('rw', [db.articles, db.contents, db.search, db.images, db.outbox], async () => {
    const summary = await db.articles.get(id);
    if (!summary) return undefined;
    const [lower, upper] = imageRange(id);
    const images = await db.images.where('[articleId+url]').between(lower, upper).toArray();
    const deleted: DeletedArticle = {
      summary,
      content: await db.contents.get(id),
      search: await db.search.get(id),
      images,
    };
    await db.images.where('[articleId+url]').between(lower, upper).delete();
    await Promise.all([db.articles.delete(id), db.contents.delete(id), db.search.delete(id)]);
    return deleted;
  });
}

/** Puts a deleted article back exactly as it was (annotations were never removed). */
export function restoreArticle(db: LiseuseDatabase, deleted: DeletedArticle): Promise<void> {
  return guardQuota(() =>
    db.transaction('rw', [db.articles, db.contents, db.search, db.images, db.outbox], async () => {
      await db.articles.put(deleted.summary);
      if (deleted.content) await db.contents.put(deleted.content);
      if (deleted.search) await db.search.put(deleted.search);
      await db.images.bulkPut(deleted.images);
    }),
  );
}
