/**
 * The synced documents of one local item, read from the library: an article, an article's images, an
 * annotation, each with the values its record carries. Also the full record of a document's current
 * local version, when the library still holds exactly what was last synced.
 */
import { getAnnotation, readArticleRows, readImageRows } from '@/utils/store';
import {
  annotationValues,
  articleValues,
  docIdFor,
  imageValues,
  MAX_IMAGE_BYTES,
  POLICIES,
  type SyncKind,
} from '@/utils/sync/adapter';
import { type SyncRecord, sameRecord, updateRecord } from '@/utils/sync/merge';
import type { DocState, SyncContext } from './types';

/** One document of a local item. */
export interface LocalDoc {
  docId: string;
  kind: SyncKind;
  values: Record<string, unknown>;
  sets: Record<string, readonly string[]>;
  /** The row's own time, for a document's first version. */
  rowTime: number;
  /** When each field last changed, where the row keeps it (an article's fieldTimes). */
  times?: Record<string, number>;
  bytes?: Uint8Array<ArrayBuffer>;
}

async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

async function imageDocs(ctx: SyncContext, articleId: string): Promise<LocalDoc[]> {
  const { summary } = await readArticleRows(ctx.db, articleId);
  if (!summary) return [];
  const rows = await readImageRows(ctx.db, articleId);
  const docs: LocalDoc[] = [];
  for (const row of rows) {
    if (row.status !== 'stored' || !row.blob || row.blob.size > MAX_IMAGE_BYTES) continue;
    const bytes = new Uint8Array(await row.blob.arrayBuffer());
    const { values, sets } = imageValues(summary.url, row, row.blob, await sha256Hex(bytes));
    const docId = await docIdFor(ctx.keys.mac, 'image', `${summary.url}\n${row.url}`);
    docs.push({ docId, kind: 'image', values, sets, rowTime: row.fetchedAt, bytes });
  }
  return docs;
}

/** The documents of the local item `key` (`article:<id>`, `images:<id>`, `annotation:<id>`); none when it is gone. */
export async function localDocs(ctx: SyncContext, key: string): Promise<LocalDoc[]> {
  const colon = key.indexOf(':');
  const [type, id] = [key.slice(0, colon), key.slice(colon + 1)];
  if (type === 'images') return imageDocs(ctx, id);
  if (type === 'article') {
    const { summary, content } = await readArticleRows(ctx.db, id);
    if (!summary) return [];
    const docId = await docIdFor(ctx.keys.mac, 'article', summary.url);
    return [{ docId, kind: 'article', ...articleValues(summary, content), rowTime: summary.updatedAt }];
  }
  if (type === 'annotation') {
    const row = await getAnnotation(ctx.db, id);
    if (!row) return [];
    const docId = await docIdFor(ctx.keys.mac, 'annotation', row.id);
    return [{ docId, kind: 'annotation', ...annotationValues(row), rowTime: row.modified }];
  }
  return [];
}

/** The record `doc` makes over `prev` (null: a first version, stamped with the row's time). */
export function recordOf(doc: LocalDoc, prev: SyncRecord | null, at: number): SyncRecord {
  const { kind, values, sets, times } = doc;
  return updateRecord(prev, kind, POLICIES[kind], values, sets, prev ? at : doc.rowTime, times);
}

/**
 * The full record (and bytes) of a document's local version, when the library holds exactly its
 * shadow; 'changed' when the library moved on since (an uncommitted edit); null when deleted here.
 */
export async function currentLocal(
  ctx: SyncContext,
  state: DocState,
): Promise<{ record: SyncRecord; bytes?: Uint8Array<ArrayBuffer> } | 'changed' | null> {
  if (state.deleted || !state.shadow) return null;
  const doc = (await localDocs(ctx, state.local)).find((d) => d.docId === state.docId);
  if (!doc) return 'changed';
  const record = recordOf(doc, state.shadow, 0);
  return sameRecord(record, state.shadow, POLICIES[doc.kind]) ? { record, bytes: doc.bytes } : 'changed';
}
