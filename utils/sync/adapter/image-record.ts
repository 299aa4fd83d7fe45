/**
 * Article images ⇄ synced records. The record names the image (article URL, image URL, type, size,
 * digest); the bytes travel beside it, encrypted as the document's attachment. Only stored images sync:
 * a failed download is this device's business. The row a received image becomes goes through the
 * store's image-row validator, whose size cap (the save's download cap) is also what may be sent.
 */
import { isString } from '@/utils/shared/validate-fields';
import type { StoredImage } from '@/utils/store';
import { MAX_IMAGE_BYTES, storedImageProblem } from '@/utils/store/validate-rows';
import type { SyncRecord } from '@/utils/sync/merge';
import { fieldValue, isPageUrl, isRecordShape } from './checks';

export { MAX_IMAGE_BYTES };

/** The record's fields for a stored image of the article at `articleUrl`, with the bytes' digest. */
export function imageValues(articleUrl: string, row: StoredImage, blob: Blob, digest: string) {
  const values: Record<string, unknown> = {
    articleUrl,
    url: row.url,
    type: blob.type || 'application/octet-stream',
    fetchedAt: row.fetchedAt,
    size: blob.size,
    digest,
  };
  return { values, sets: {} };
}

/** The stored row for a received image of local article `articleId`. */
export function imageRow(record: SyncRecord, articleId: string, bytes: Uint8Array<ArrayBuffer>): StoredImage {
  return {
    articleId,
    url: fieldValue(record, 'url') as string,
    status: 'stored',
    blob: new Blob([bytes], { type: fieldValue(record, 'type') as string }),
    error: null,
    fetchedAt: fieldValue(record, 'fetchedAt') as number,
  };
}

/** True for a well-formed image record whose bytes match its size and whose row passes the validator. */
export function isImageRecord(record: unknown, bytes: Uint8Array | undefined): record is SyncRecord {
  if (!isRecordShape(record, 0) || record.k !== 'image' || !bytes) return false;
  const type = fieldValue(record, 'type');
  if (!isString(type, 100) || !/^[\w.+-]+\/[\w.+-]+$/.test(type)) return false;
  if (!isPageUrl(fieldValue(record, 'articleUrl')) || !isString(fieldValue(record, 'digest'), 64))
    return false;
  if (fieldValue(record, 'size') !== bytes.length) return false;
  const row = imageRow(record, 'received', bytes as Uint8Array<ArrayBuffer>);
  return storedImageProblem(row) === null;
}
