/**
 * Records ⇄ CouchDB documents. A live document is `{_id, _rev, _revisions, e}` where `e` is the sealed
 * record; an image's bytes are a sealed attachment `b`. A received document is opened, checked with
 * its kind's validator and tied to its id (the id must be the keyed hash of the record's natural key),
 * so the server can neither read nor swap nor forge documents; an article's HTML is then sanitised as
 * every stored HTML is (utils/library/stored-html.ts).
 */
import { base64ToBytes, bytesToBase64 } from '@/utils/shared/base64';
import {
  docIdFor,
  isAnnotationRecord,
  isArticleRecord,
  isImageRecord,
  isSyncKind,
  naturalKey,
  type SyncKind,
  withStoredHtml,
} from '@/utils/sync/adapter';
import { decryptBytes, encryptBytes, openJson, sealJson, toBuffer } from '@/utils/sync/crypto';
import type { SyncRecord } from '@/utils/sync/merge';
import { type CouchDoc, pathOf, revisionsOf } from '@/utils/sync/protocol';
import type { Leaf, SyncContext } from './types';

const ATTACHMENT = 'b';
const attachmentAad = (docId: string) => `${docId}#${ATTACHMENT}`;

/** A live document for the server. */
export async function sealDoc(
  ctx: SyncContext,
  docId: string,
  path: string[],
  record: SyncRecord,
  bytes?: Uint8Array<ArrayBuffer>,
): Promise<CouchDoc> {
  const doc: CouchDoc = {
    _id: docId,
    _rev: path[0] ?? '',
    _revisions: revisionsOf(path),
    e: await sealJson(ctx.keys.enc, record, docId),
  };
  if (bytes) {
    const data = bytesToBase64(await encryptBytes(ctx.keys.enc, bytes, attachmentAad(docId)));
    doc._attachments = { [ATTACHMENT]: { content_type: 'application/octet-stream', data } };
  }
  return doc;
}

/** A deletion for the server. */
export function tombstoneDoc(docId: string, path: string[]): CouchDoc {
  return { _id: docId, _rev: path[0] ?? '', _revisions: revisionsOf(path), _deleted: true };
}

function isValid(record: unknown, bytes: Uint8Array | undefined): record is SyncRecord {
  const kind = (record as { k?: unknown } | null)?.k;
  if (!isSyncKind(kind)) return false;
  if (kind === 'article') return isArticleRecord(record);
  if (kind === 'annotation') return isAnnotationRecord(record);
  return isImageRecord(record, bytes);
}

async function openBytes(ctx: SyncContext, doc: CouchDoc): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const data = doc._attachments?.[ATTACHMENT]?.data;
  if (typeof data !== 'string') return undefined;
  return decryptBytes(ctx.keys.enc, toBuffer(base64ToBytes(data)), attachmentAad(doc._id));
}

/** Opens and checks a received revision; null when it cannot be trusted (wrong key, bad shape, wrong id). */
export async function openDoc(ctx: SyncContext, doc: CouchDoc): Promise<Leaf | null> {
  const path = doc._revisions ? pathOf(doc._revisions) : [doc._rev];
  if (doc._deleted) return { rev: doc._rev, path, deleted: true, record: null };
  try {
    if (typeof doc.e !== 'string') return null;
    const record = await openJson(ctx.keys.enc, doc.e, doc._id);
    const bytes = await openBytes(ctx, doc);
    if (!isValid(record, bytes)) return null;
    const key = naturalKey(record);
    if (!key || (await docIdFor(ctx.keys.mac, record.k as SyncKind, key)) !== doc._id) return null;
    // An article's HTML is anyone's who holds the key: rebuilt from the allowlist before anything uses it.
    const stored = record.k === 'article' ? withStoredHtml(record) : record;
    return { rev: doc._rev, path, deleted: false, record: stored, ...(bytes ? { bytes } : {}) };
  } catch {
    return null;
  }
}
