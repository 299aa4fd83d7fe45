/**
 * Article images ⇄ synced records. The record names the image (article URL, image URL, type, size,
 * digest); the bytes travel beside it, encrypted as the document's attachment. Only stored images sync:
 * a failed download is this device's business.
 */
import type { StoredImage } from '@/utils/store';
import type { SyncRecord } from '@/utils/sync/merge';
import { fieldValue, isCount, isPageUrl, isRecordShape, isString, isTime } from './checks';

/** The most a synced image may weigh (larger ones stay on the device that saved them). */
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;

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

/** True for a well-formed image record whose bytes match its size. */
export function isImageRecord(record: unknown, bytes: Uint8Array | undefined): record is SyncRecord {
  if (!isRecordShape(record, 0) || record.k !== 'image' || !bytes) return false;
  const type = fieldValue(record, 'type');
  return (
    isPageUrl(fieldValue(record, 'articleUrl')) &&
    isString(fieldValue(record, 'url'), 4000) &&
    isString(type, 100) &&
    /^[\w.+-]+\/[\w.+-]+$/.test(type) &&
    isTime(fieldValue(record, 'fetchedAt')) &&
    isCount(fieldValue(record, 'size')) &&
    fieldValue(record, 'size') === bytes.length &&
    bytes.length <= MAX_IMAGE_BYTES &&
    isString(fieldValue(record, 'digest'), 64)
  );
}
