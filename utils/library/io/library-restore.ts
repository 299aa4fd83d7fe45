/**
 * The database edge of Liseuse's own JSON: reads every table for export, and writes a dump back
 * row for row (ids, times and images kept), in one transaction per batch of articles. An article
 * whose URL is already in the library takes the existing id, so nothing is duplicated.
 */
import type { LiseuseDatabase } from '@/utils/store';
import { guardQuota, StorageQuotaError } from '@/utils/store/errors';
import { buildSearchRow } from '@/utils/store/search/index-terms';
import type { Annotation, ArticleContent, ArticleSummary, StoredImage } from '@/utils/store/types';
import { emptySummary, type ImportSummary, type WriteOptions } from './import-summary';
import type { LibraryDump } from './library-json';
import type { RowError } from './types';

const TABLES = ['articles', 'contents', 'search', 'images', 'annotations'] as const;

/** Reads the whole library (for the JSON export). */
export async function collectLibrary(db: LiseuseDatabase, now = Date.now()): Promise<LibraryDump> {
  return db.transaction('r', TABLES, async () => ({
    exportedAt: now,
    articles: await db.articles.orderBy('savedAt').reverse().toArray(),
    contents: await db.contents.toArray(),
    images: await db.images.toArray(),
    annotations: await db.annotations.toArray(),
  }));
}

interface DumpIndex {
  contents: Map<string, ArticleContent>;
  images: Map<string, StoredImage[]>;
  notes: Map<string, Annotation[]>;
}

function group<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

function indexDump(dump: LibraryDump): DumpIndex {
  return {
    contents: new Map(dump.contents.map((c) => [c.id, c])),
    images: group(dump.images, (i) => i.articleId),
    notes: group(dump.annotations, (a) => a.articleId ?? a.url),
  };
}

async function restoreBatch(db: LiseuseDatabase, index: DumpIndex, batch: ArticleSummary[]) {
  const { notes } = index;
  let created = 0;
  await db.transaction('rw', TABLES, async () => {
    for (const row of batch) {
      const existing = await db.articles.where('url').equals(row.url).first();
      const id = existing?.id ?? row.id;
      if (!existing) created++;
      const content = index.contents.get(row.id);
      await db.articles.put({ ...row, id });
      if (content) await db.contents.put({ ...content, id });
      await db.images.bulkPut((index.images.get(row.id) ?? []).map((i) => ({ ...i, articleId: id })));
      const own = [...(notes.get(row.id) ?? []), ...(notes.get(row.url) ?? [])];
      await db.annotations.bulkPut(own.map((a) => (a.articleId ? { ...a, articleId: id } : a)));
      const text = content?.text ?? '';
      await db.search.put(
        buildSearchRow({
          id,
          title: row.title,
          text,
          tags: row.tags,
          notes: own.map((a) => a.body).filter(Boolean),
        }),
      );
    }
  });
  return created;
}

/** Writes a parsed library dump back; annotations without an article are written at the end. */
export async function restoreLibrary(
  db: LiseuseDatabase,
  dump: LibraryDump,
  errors: RowError[],
  options: WriteOptions = {},
): Promise<ImportSummary> {
  const summary = emptySummary('liseuse-json');
  summary.skipped.push(...errors);
  const size = options.batchSize ?? 100;
  const index = indexDump(dump);
  const total = dump.articles.length;
  try {
    for (let start = 0; start < total; start += size) {
      if (options.signal?.aborted) return { ...summary, cancelled: true };
      const batch = dump.articles.slice(start, start + size);
      const created = await guardQuota(() => restoreBatch(db, index, batch));
      summary.created += created;
      summary.updated += batch.length - created;
      options.onProgress?.({ done: start + batch.length, total });
    }
    const attached = new Set(dump.articles.flatMap((a) => [a.id, a.url]));
    const loose = dump.annotations.filter((a) => !attached.has(a.articleId ?? a.url));
    await guardQuota(() => db.annotations.bulkPut(loose));
    summary.annotations = dump.annotations.length;
    summary.linksOnly = dump.articles.filter((a) => !a.hasContent).length;
  } catch (err) {
    if (!(err instanceof StorageQuotaError)) throw err;
    summary.quotaExceeded = true;
  }
  return summary;
}
