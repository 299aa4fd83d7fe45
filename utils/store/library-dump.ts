/**
 * Every row at once: the read behind Liseuse's own export, and the write behind restoring it. A new
 * article comes back exactly as exported (ids, times, images); one already in the library (same URL)
 * is merged field by field (merge/): the newer value wins, so an older export never undoes the reader.
 */
import { buildSearchRow } from '@/utils/store/search/index-terms';
import { emptyAnnotationResult, importAnnotations } from './annotation-import';
import type { LiseuseDatabase } from './database';
import { guardQuota } from './errors';
import { cleanFieldTimes } from './merge/field-times';
import { incomingFromRows } from './merge/incoming';
import { mergeArticle } from './merge/merge-article';
import type { AnnotationImportResult, ArticleSummary, LibraryDump, RestoreItem, StoredImage } from './types';
import { notesFor } from './write-article';

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

/** What a restore did, article by article, and to the highlights and notes it carried. */
export interface RestoreResult {
  created: number;
  updated: number;
  unchanged: number;
  keptYours: number;
  annotations: AnnotationImportResult;
}

/** A new article, as exported; a fresh id when its id is another article's here. */
async function addArticle(db: LiseuseDatabase, item: RestoreItem): Promise<string> {
  const { article, content } = item;
  const id = (await db.articles.get(article.id)) ? crypto.randomUUID() : article.id;
  await db.articles.put({ ...article, id, fieldTimes: cleanFieldTimes(article.fieldTimes) });
  if (content) await db.contents.put({ ...content, id });
  return id;
}

/** Images the library lacks, or has only as failed downloads, are taken from the export. */
async function addImages(db: LiseuseDatabase, id: string, images: StoredImage[]): Promise<void> {
  const rows = images.map((image) => ({ ...image, articleId: id }));
  const stored = await db.images.bulkGet(rows.map((r) => [id, r.url] as [string, string]));
  await db.images.bulkPut(rows.filter((_row, i) => stored[i]?.status !== 'stored' || !stored[i]?.blob));
}

type Outcome = 'created' | 'updated' | 'unchanged';

async function restoreItem(db: LiseuseDatabase, item: RestoreItem, now: number, result: RestoreResult) {
  const { article, content, images, annotations } = item;
  const existing = await db.articles.where('url').equals(article.url).first();
  let id = existing?.id ?? '';
  let outcome: Outcome = 'created';
  if (existing) {
    const stored = (await db.contents.get(id)) ?? {
      id,
      html: '',
      text: '',
      entities: [],
      related: [],
      images: [],
    };
    const merge = mergeArticle(
      { summary: existing, content: stored },
      incomingFromRows(article, content),
      now,
    );
    outcome = merge.changed ? 'updated' : 'unchanged';
    if (merge.keptYours) result.keptYours += 1;
    if (merge.changed) await db.articles.put(merge.summary);
    if (merge.contentChanged) await db.contents.put(merge.content);
  } else id = await addArticle(db, item);
  result[outcome] += 1;
  await addImages(db, id, images);
  const notes = annotations.map((a) => ({
    annotation: a.articleId ? { ...a, articleId: id } : a,
    time: Number.isFinite(a.modified) ? a.modified : null,
  }));
  const merged = await importAnnotations(db, notes, now);
  for (const key of Object.keys(merged) as (keyof AnnotationImportResult)[])
    result.annotations[key] += merged[key];
  if (outcome === 'unchanged') return;
  const summary = (await db.articles.get(id)) as ArticleSummary;
  const text = (await db.contents.get(id))?.text ?? '';
  const bodies = await notesFor(db, summary.url, id);
  await db.search.put(buildSearchRow({ id, title: summary.title, text, tags: summary.tags, notes: bodies }));
}

/** Writes restored articles in one transaction (all or nothing), merging into those already saved. */
export function restoreItems(
  db: LiseuseDatabase,
  items: RestoreItem[],
  now = Date.now(),
): Promise<RestoreResult> {
  return guardQuota(() =>
    db.transaction('rw', TABLES, async () => {
      const result: RestoreResult = {
        created: 0,
        updated: 0,
        unchanged: 0,
        keptYours: 0,
        annotations: emptyAnnotationResult(),
      };
      for (const item of items) await restoreItem(db, item, now, result);
      return result;
    }),
  );
}
