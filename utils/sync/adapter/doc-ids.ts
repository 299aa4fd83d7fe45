/**
 * Document ids the server sees: a keyed hash of the kind and the item's natural key (an article's
 * normalised URL, an annotation's id, an image's article and image URLs). The same page saved on two
 * devices meets in one document; nothing about the URL can be read from the id.
 */
import { keyedHex } from '@/utils/sync/crypto';
import type { SyncRecord } from '@/utils/sync/merge';
import { fieldValue } from './checks';
import type { SyncKind } from './policies';

/** True for an id this replicator writes (the key document and design documents are not). */
export const isLibraryDocId = (id: string): boolean => /^[0-9a-f]{32}$/.test(id);

/** The natural key of a record (its identity across devices), or null when it lacks one. */
export function naturalKey(record: SyncRecord): string | null {
  const text = (field: string) => {
    const v = fieldValue(record, field);
    return typeof v === 'string' ? v : null;
  };
  if (record.k === 'article') return text('url');
  if (record.k === 'annotation') return text('id');
  const [article, image] = [text('articleUrl'), text('url')];
  return article && image ? `${article}\n${image}` : null;
}

/** The server's id for an item of `kind` with natural key `key`. */
export function docIdFor(mac: CryptoKey, kind: SyncKind, key: string): Promise<string> {
  return keyedHex(mac, `doc\n${kind}\n${key}`);
}
