/**
 * Annotations ⇄ synced records. The note text merges keep-both: two devices editing one note end with
 * both versions, the other one as a new note marked `conflictOf`. The row a received record becomes is
 * checked by the same validator as imported and restored annotations (utils/highlights/validate).
 */
import { annotationRowProblem } from '@/utils/highlights/validate';
import type { Annotation } from '@/utils/store';
import { membersOf, type Register, type SyncRecord } from '@/utils/sync/merge';
import { fieldValue, isPageUrl, isRecordShape } from './checks';

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
  // Copied as received, whatever it is: the row validator decides (isAnnotationRecord).
  if (conflictOf !== undefined) row.conflictOf = conflictOf as string;
  return row;
}

/** True for an annotation record whose row passes the annotation row validator, on the page it names. */
export function isAnnotationRecord(record: unknown): record is SyncRecord {
  if (!isRecordShape(record, 60) || record.k !== 'annotation') return false;
  const row = annotationRow(record);
  // The library keys a page by its normalised address: a note must name its page that way.
  return isPageUrl(row.url) && row.target?.source === row.url && annotationRowProblem(row) === null;
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
