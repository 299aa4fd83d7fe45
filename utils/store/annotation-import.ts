/**
 * Imported highlights and notes merged into the library (merge/merge-annotation): nothing the reader
 * wrote is replaced by an older or undated import, and what cannot be merged is kept beside.
 */
import { putAnnotation } from './annotations';
import type { LiseuseDatabase } from './database';
import { guardQuota } from './errors';
import { type AnnotationMerge, mergeAnnotation } from './merge/merge-annotation';
import type { AnnotationImportResult, IncomingAnnotation } from './types';

const TABLES = ['annotations', 'articles', 'contents', 'search', 'outbox'] as const;

/** An empty result. */
export function emptyAnnotationResult(): AnnotationImportResult {
  return { created: 0, updated: 0, unchanged: 0, keptYours: 0, keptBoth: 0 };
}

/** Merges one import; a note kept beside on an earlier import is merged with that note instead. */
async function mergeOne(
  db: LiseuseDatabase,
  local: IncomingAnnotation['annotation'] | undefined,
  item: IncomingAnnotation,
  now: number,
): Promise<AnnotationMerge> {
  const merge = mergeAnnotation(local, item, now);
  const beside = merge.keptBoth ? merge.write[0] : undefined;
  const earlier = beside ? await db.annotations.get(beside.id) : undefined;
  if (!beside || !earlier) return merge;
  const again = mergeAnnotation(earlier, { annotation: beside, time: item.time }, now);
  return { ...again, keptYours: true, keptBoth: false };
}

/** Merges imported annotations in one transaction (all or nothing); returns what each did. */
export function importAnnotations(
  db: LiseuseDatabase,
  items: IncomingAnnotation[],
  now = Date.now(),
): Promise<AnnotationImportResult> {
  return guardQuota(() =>
    db.transaction('rw', TABLES, async () => {
      const result = emptyAnnotationResult();
      const stored = await db.annotations.bulkGet(items.map((i) => i.annotation.id));
      for (const [i, item] of items.entries()) {
        const merge = await mergeOne(db, stored[i], item, now);
        for (const row of merge.write) await putAnnotation(db, row);
        result[merge.outcome] += 1;
        if (merge.keptYours) result.keptYours += 1;
        if (merge.keptBoth) result.keptBoth += 1;
      }
      return result;
    }),
  );
}
