/**
 * Article repository: save (insert or update by normalised URL), read, patch, delete with undo.
 * Every write is one transaction, so a failure (e.g. a full disk) leaves the stored library as it was.
 */
import { buildSearchRow } from '@/utils/store/search/index-terms';
import type { LiseuseDatabase } from './database';
import { deleteArticles, restoreArticles } from './delete-articles';
import { guardQuota } from './errors';
import { patchTimes } from './merge/field-times';
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
  const next = { ...row, updatedAt: now, fieldTimes: patchTimes(row, patch, now) };
  if (patch.title !== undefined) next.title = patch.title.trim() || row.title;
  if (patch.status !== undefined) next.status = patch.status;
  if (patch.favorite !== undefined) next.favorite = patch.favorite ? 1 : 0;
  if (patch.tags !== undefined) next.tags = [...new Set(patch.tags.map((t) => t.trim()).filter(Boolean))];
  if (patch.progress !== undefined) next.progress = Math.min(1, Math.max(row.progress, patch.progress));
  if (patch.position !== undefined) next.position = Math.min(1, Math.max(0, patch.position));
  return next;
}

/** Writes one patched row (inside a transaction over ARTICLE_TABLES); search follows title and tags. */
async function patchRow(db: LiseuseDatabase, row: ArticleSummary, patch: ArticlePatch, now: number) {
  const next = applyPatch(row, patch, now);
  await db.articles.put(next);
  if (patch.title !== undefined || patch.tags !== undefined) {
    const text = (await db.contents.get(row.id))?.text ?? '';
    const notes = await notesFor(db, next.url, row.id);
    await db.search.put(buildSearchRow({ id: row.id, title: next.title, text, tags: next.tags, notes }));
  }
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
      return row ? patchRow(db, row, patch, Date.now()) : undefined;
    }),
  );
}

/**
 * Changes several articles in one transaction (a multi-select), each by the patch `patchOf` gives
 * for its row (null: leave it). Returns the rows as they were, for undo; missing ids are skipped.
 */
export function updateArticles(
  db: LiseuseDatabase,
  ids: string[],
  patchOf: (row: ArticleSummary) => ArticlePatch | null,
): Promise<ArticleSummary[]> {
  return guardQuota(() =>
    db.transaction('rw', ARTICLE_TABLES, async () => {
      const now = Date.now();
      const before: ArticleSummary[] = [];
      for (const row of await db.articles.bulkGet(ids)) {
        const patch = row ? patchOf(row) : null;
        if (!row || !patch) continue;
        before.push(row);
        await patchRow(db, row, patch, now);
      }
      return before;
    }),
  );
}

/** Deletes an article and its images; returns everything needed to undo (restoreArticle). */
export async function deleteArticle(db: LiseuseDatabase, id: string): Promise<DeletedArticle | undefined> {
  return (await deleteArticles(db, [id]))[0];
}

/** Puts a deleted article back exactly as it was (annotations were never removed). */
export function restoreArticle(db: LiseuseDatabase, deleted: DeletedArticle): Promise<void> {
  return restoreArticles(db, [deleted]);
}
