/**
 * Annotations ⇄ synced records. The note text merges keep-both: two devices editing one note end with
 * both versions, the other one as a new note marked `conflictOf`. A received record is checked with
 * the same validator as annotation messages (utils/highlights/validate) before it is stored.
 */
import { fromStoredRow } from '@/utils/highlights/stored-form';
import { isWebAnnotation } from '@/utils/highlights/validate';
import type { Annotation } from '@/utils/store';
import { membersOf, type Register, type SyncRecord } from '@/utils/sync/merge';
import { fieldValue, isPageUrl, isRecordShape, isString, isTime } from './checks';

/** The record's fields and sets for an annotation row. */
export function annotationValues(row: Annotation) {
  const values: Record<string, unknown> = {
    id: row.id,
    url: row.url,
    target: row.target,
    color: row.color,
    body: row.body,
    created: row.created,
  };
  if (row.conflictOf) values.conflictOf = row.conflictOf;
  return { values, sets: { tags: row.tags } };
}

const latest = (record: SyncRecord) =>
  Math.max(
    0,
    ...Object.values(record.f).map((r) => r.t),
    ...Object.values(record.s.tags ?? {}).map((m) => m.t),
  );

/** The row for an annotation record (validated or not: see isAnnotationRecord). */
export function annotationRow(record: SyncRecord): Annotation {
  const conflictOf = fieldValue(record, 'conflictOf');
  const row: Annotation = {
    id: fieldValue(record, 'id') as string,
    url: fieldValue(record, 'url') as string,
    target: fieldValue(record, 'target') as Annotation['target'],
    body: fieldValue(record, 'body') as string,
    color: fieldValue(record, 'color') as string,
    tags: membersOf(record, 'tags'),
    created: fieldValue(record, 'created') as number,
    modified: latest(record),
  };
  if (typeof conflictOf === 'string') row.conflictOf = conflictOf;
  return row;
}

/** True for a well-formed annotation record for annotation `id`. */
export function isAnnotationRecord(record: unknown): record is SyncRecord {
  if (!isRecordShape(record, 60) || record.k !== 'annotation') return false;
  const id = fieldValue(record, 'id');
  if (!isString(id, 200)) return false;
  const conflictOf = fieldValue(record, 'conflictOf');
  if (conflictOf !== undefined && !(isString(conflictOf, 200) && conflictOf.startsWith('urn:uuid:')))
    return false;
  const url = fieldValue(record, 'url');
  const target = fieldValue(record, 'target') as { source?: unknown } | null;
  if (!isPageUrl(url) || target?.source !== url) return false;
  if (!isString(fieldValue(record, 'color'), 30) || !isTime(fieldValue(record, 'created'))) return false;
  if (typeof fieldValue(record, 'body') !== 'string') return false;
  return isWebAnnotation(fromStoredRow(annotationRow(record)));
}

/** The record of the other version of a note: the merged annotation with the losing text. */
export function conflictCopyRecord(merged: SyncRecord, copyId: string, body: Register): SyncRecord {
  const originalId = fieldValue(merged, 'id');
  return {
    k: 'annotation',
    f: {
      ...merged.f,
      id: { v: copyId, t: body.t },
      body: { v: body.v, t: body.t },
      conflictOf: { v: originalId, t: body.t },
    },
    s: merged.s,
  };
}
