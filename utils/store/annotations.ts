/**
 * Annotation repository (W3C Web Annotations, issue #4). Writing a note also refreshes the search row
 * of the saved article it belongs to, so library search finds articles by their notes.
 */
import { buildSearchRow } from '@/utils/store/search/index-terms';
import type { LiseuseDatabase } from './database';
import { guardQuota } from './errors';
import type { Annotation } from './types';
import { notesFor } from './write-article';

/** Annotations of a page (normalised URL), oldest first. */
export async function listAnnotations(db: LiseuseDatabase, url: string): Promise<Annotation[]> {
  const rows = await db.annotations.where('url').equals(url).toArray();
  return rows.sort((a, b) => a.created - b.created);
}

/** Every annotation, newest modified first (all-highlights view, exports). */
export async function listAllAnnotations(db: LiseuseDatabase): Promise<Annotation[]> {
  const rows = await db.annotations.toArray();
  return rows.sort((a, b) => b.modified - a.modified);
}

async function reindexArticleOf(db: LiseuseDatabase, annotation: Annotation): Promise<void> {
  const summary = annotation.articleId
    ? await db.articles.get(annotation.articleId)
    : await db.articles.where('url').equals(annotation.url).first();
  if (!summary) return;
  const text = (await db.contents.get(summary.id))?.text ?? '';
  const notes = await notesFor(db, summary.url, summary.id);
  await db.search.put(
    buildSearchRow({ id: summary.id, title: summary.title, text, tags: summary.tags, notes }),
  );
}

const TABLES = ['annotations', 'articles', 'contents', 'search', 'outbox'] as const;

/** Inserts or replaces an annotation (by id); links it to the saved article of its URL when there is one. */
export function putAnnotation(db: LiseuseDatabase, annotation: Annotation): Promise<Annotation> {
  return guardQuota(() =>
    db.transaction('rw', TABLES, async () => {
      const article = annotation.articleId
        ? undefined
        : await db.articles.where('url').equals(annotation.url).first();
      const row = article ? { ...annotation, articleId: article.id } : annotation;
      const previous = await db.annotations.get(row.id);
      await db.annotations.put(row);
      if (previous?.body !== row.body) await reindexArticleOf(db, row);
      return row;
    }),
  );
}

/** One annotation by id. */
export function getAnnotation(db: LiseuseDatabase, id: string): Promise<Annotation | undefined> {
  return db.annotations.get(id);
}

/** Inserts or replaces a batch of annotations in one transaction (all or nothing), as `putAnnotation` does. */
export function putAnnotations(db: LiseuseDatabase, annotations: Annotation[]): Promise<void> {
  return guardQuota(() =>
    db.transaction('rw', TABLES, async () => {
      for (const annotation of annotations) await putAnnotation(db, annotation);
    }),
  );
}

/** Deletes an annotation; returns it (for undo) or undefined when it did not exist. */
export function deleteAnnotation(db: LiseuseDatabase, id: string): Promise<Annotation | undefined> {
  return db.transaction('rw', TABLES, async () => {
    const row = await db.annotations.get(id);
    if (!row) return undefined;
    await db.annotations.delete(id);
    if (row.body) await reindexArticleOf(db, row);
    return row;
  });
}
