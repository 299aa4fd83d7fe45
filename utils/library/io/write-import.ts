/**
 * The database edge of an import: parsed records → batched transactions through utils/store.
 * Each batch is one transaction (all or nothing); cancelling stops before the next batch and keeps
 * the committed ones; a full disk stops the import and says so, losing nothing already saved.
 */
import { bulkPutArticles, importAnnotations, type LiseuseDatabase, StorageQuotaError } from '@/utils/store';
import { addAnnotationResult, emptySummary, type ImportSummary, type WriteOptions } from './import-summary';
import { toAnnotation, toArticleInput } from './to-records';
import type { ParsedImport } from './types';

/** Colour given to imported highlights that carry none. */
export const IMPORT_COLOR = 'yellow';

async function writeAnnotations(
  db: LiseuseDatabase,
  parsed: ParsedImport,
  summary: ImportSummary,
  options: WriteOptions,
  base: number,
  total: number,
) {
  const size = options.batchSize ?? 250;
  const now = Date.now();
  const rows = parsed.annotations.flatMap((a) => {
    const row = toAnnotation(a, IMPORT_COLOR, now);
    if (!row) summary.skipped.push({ ...a.from, message: 'invalid URL' });
    return row ? [row] : [];
  });
  for (let start = 0; start < rows.length; start += size) {
    if (options.signal?.aborted) {
      summary.cancelled = true;
      return;
    }
    const batch = rows.slice(start, start + size);
    addAnnotationResult(summary, await importAnnotations(db, batch, now));
    options.onProgress?.({ done: base + start + batch.length, total });
  }
}

/** Writes parsed records; returns what was imported, updated and skipped. */
export async function writeImport(
  db: LiseuseDatabase,
  parsed: ParsedImport,
  options: WriteOptions = {},
): Promise<ImportSummary> {
  const summary = emptySummary(parsed.format);
  summary.skipped.push(...parsed.errors);
  const total = parsed.articles.length + parsed.annotations.length;
  const inputs = parsed.articles.map((a) => toArticleInput(a, parsed.format));
  let written = 0;
  try {
    const result = await bulkPutArticles(db, inputs, {
      signal: options.signal,
      batchSize: options.batchSize,
      onProgress: (done) => {
        written = done;
        options.onProgress?.({ done, total });
      },
    });
    const { created, updated, unchanged, keptYours, cancelled } = result;
    Object.assign(summary, { created, updated, unchanged, keptYours, cancelled });
    for (const r of result.rejected) {
      const from = parsed.articles[r.index]?.from ?? { file: '', line: 0 };
      summary.skipped.push({ ...from, message: r.reason });
    }
    const rejected = new Set(result.rejected.map((r) => r.index));
    summary.linksOnly = parsed.articles.filter(
      (a, i) => i < written && a.contentMissing && !rejected.has(i),
    ).length;
    if (!result.cancelled) await writeAnnotations(db, parsed, summary, options, written, total);
  } catch (err) {
    if (!(err instanceof StorageQuotaError)) throw err;
    summary.quotaExceeded = true;
    // bulkPutArticles threw before returning its counts: report the committed items as imported
    // (new and updated cannot be told apart here), which is what the reader needs to know.
    summary.created = written;
  }
  return summary;
}
