/**
 * Restoring Liseuse's own JSON: groups the dump by article and writes it back through the store in
 * batches (one transaction each), reporting progress; annotations without an article come last.
 */
import { importAnnotations, type LiseuseDatabase, restoreItems, StorageQuotaError } from '@/utils/store';
import type { Annotation, LibraryDump, RestoreItem, StoredImage } from '@/utils/store/types';
import { storedArticleHtml } from '../stored-html';
import { addAnnotationResult, emptySummary, type ImportSummary, type WriteOptions } from './import-summary';
import type { RowError } from './types';

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

/** The item with its HTML sanitised like any other stored HTML (an export file is anyone's to edit). */
const withStoredHtml = (item: RestoreItem): RestoreItem =>
  item.content
    ? { ...item, content: { ...item.content, html: storedArticleHtml(item.content.html, item.article.url) } }
    : item;

/** The dump as one item per article: its content, images and annotations (by article id or URL). */
function restoreItemsOf(dump: LibraryDump): RestoreItem[] {
  const contents = new Map(dump.contents.map((c) => [c.id, c]));
  const images: Map<string, StoredImage[]> = group(dump.images, (i) => i.articleId);
  const notes: Map<string, Annotation[]> = group(dump.annotations, (a) => a.articleId ?? a.url);
  return dump.articles.map((article) => ({
    article,
    content: contents.get(article.id),
    images: images.get(article.id) ?? [],
    annotations: [...(notes.get(article.id) ?? []), ...(notes.get(article.url) ?? [])],
  }));
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
  const items = restoreItemsOf(dump);
  const total = items.length;
  try {
    for (let start = 0; start < total; start += size) {
      if (options.signal?.aborted) return { ...summary, cancelled: true };
      const batch = items.slice(start, start + size).map(withStoredHtml);
      const result = await restoreItems(db, batch);
      summary.created += result.created;
      summary.updated += result.updated;
      summary.unchanged += result.unchanged;
      summary.keptYours += result.keptYours;
      addAnnotationResult(summary, result.annotations);
      options.onProgress?.({ done: start + batch.length, total });
    }
    const attached = new Set(dump.articles.flatMap((a) => [a.id, a.url]));
    const loose = dump.annotations.filter((a) => !attached.has(a.articleId ?? a.url));
    addAnnotationResult(
      summary,
      await importAnnotations(
        db,
        loose.map((a) => ({ annotation: a, time: Number.isFinite(a.modified) ? a.modified : null })),
      ),
    );
    summary.linksOnly = dump.articles.filter((a) => !a.hasContent).length;
  } catch (err) {
    if (!(err instanceof StorageQuotaError)) throw err;
    summary.quotaExceeded = true;
  }
  return summary;
}
