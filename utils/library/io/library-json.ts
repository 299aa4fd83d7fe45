/**
 * Liseuse's own lossless export: every stored row (article summaries and contents, images as
 * base64 blobs, annotations) in a versioned JSON document that imports back identically.
 * Search rows are left out: they are derived from the rest and rebuilt on import.
 */

import { isSelectorList } from '@/utils/highlights/validate';
import { base64ToBytes, bytesToBase64 } from '@/utils/shared/base64';
import type {
  Annotation,
  ArticleContent,
  ArticleSummary,
  LibraryDump,
  StoredImage,
} from '@/utils/store/types';
import { safeUrl } from './fields';
import type { RowError } from './types';

/** Identifies the file format; bump LIBRARY_FORMAT_VERSION on any incompatible change. */
export const LIBRARY_FORMAT = 'liseuse-library';
export const LIBRARY_FORMAT_VERSION = 1;

interface EncodedBlob {
  type: string;
  base64: string;
}

type EncodedImage = Omit<StoredImage, 'blob'> & { blob: EncodedBlob | null };

/** Serialises a dump; async because blobs are read as bytes. */
export async function serializeLibrary(dump: LibraryDump): Promise<string> {
  const images: EncodedImage[] = [];
  for (const img of dump.images) {
    const blob = img.blob
      ? { type: img.blob.type, base64: bytesToBase64(new Uint8Array(await img.blob.arrayBuffer())) }
      : null;
    images.push({ ...img, blob });
  }
  return JSON.stringify({ format: LIBRARY_FORMAT, version: LIBRARY_FORMAT_VERSION, ...dump, images });
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** True when a parsed JSON value is a Liseuse library export. */
export function isLibraryJson(data: unknown): boolean {
  return isObj(data) && data.format === LIBRARY_FORMAT;
}

const validArticle = (a: unknown): a is ArticleSummary =>
  isObj(a) &&
  typeof a.id === 'string' &&
  safeUrl(a.url as string) !== null &&
  typeof a.title === 'string' &&
  typeof a.savedAt === 'number' &&
  Array.isArray(a.tags);
const validContent = (c: unknown): c is ArticleContent =>
  isObj(c) && typeof c.id === 'string' && typeof c.html === 'string' && typeof c.text === 'string';
const validAnnotation = (a: unknown): a is Annotation =>
  isObj(a) &&
  typeof a.id === 'string' &&
  typeof a.url === 'string' &&
  isObj(a.target) &&
  // Selectors reach the anchoring code on every page the reader visits: they must be well formed.
  isSelectorList(a.target.selector);

function decodeImage(raw: unknown): StoredImage | null {
  if (!isObj(raw) || typeof raw.articleId !== 'string' || typeof raw.url !== 'string') return null;
  const enc = raw.blob;
  if (enc !== null && !(isObj(enc) && typeof enc.base64 === 'string')) return null;
  const blob = enc
    ? new Blob([base64ToBytes(enc.base64 as string) as BlobPart], { type: String(enc.type ?? '') })
    : null;
  return { ...(raw as unknown as StoredImage), blob };
}

/** Keeps the valid rows of one table, reporting the others by 1-based item index. */
function rows<T>(
  file: string,
  table: string,
  raw: unknown,
  read: (r: unknown) => T | null,
  errors: RowError[],
): T[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((r, i) => {
    let value: T | null = null;
    try {
      value = read(r);
    } catch {
      value = null;
    }
    if (value === null) errors.push({ file, line: i + 1, unit: 'item', message: `malformed ${table} row` });
    return value === null ? [] : [value];
  });
}

/** Parses a library export; malformed rows are reported and left out, the rest is returned as written. */
export function parseLibrary(json: string, file: string): { dump: LibraryDump | null; errors: RowError[] } {
  const errors: RowError[] = [];
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (err) {
    return { dump: null, errors: [{ file, line: 1, message: `invalid JSON: ${(err as Error).message}` }] };
  }
  if (!isObj(data) || !isLibraryJson(data))
    return { dump: null, errors: [{ file, line: 1, message: 'not a Liseuse library export' }] };
  if (typeof data.version !== 'number' || data.version > LIBRARY_FORMAT_VERSION)
    return {
      dump: null,
      errors: [{ file, line: 1, message: `made by a newer Liseuse (format ${String(data.version)})` }],
    };
  const keep =
    <T>(ok: (v: unknown) => v is T) =>
    (v: unknown) =>
      ok(v) ? v : null;
  const dump: LibraryDump = {
    exportedAt: typeof data.exportedAt === 'number' ? data.exportedAt : 0,
    articles: rows(file, 'article', data.articles, keep(validArticle), errors),
    contents: rows(file, 'content', data.contents, keep(validContent), errors),
    images: rows(file, 'image', data.images, decodeImage, errors),
    annotations: rows(file, 'annotation', data.annotations, keep(validAnnotation), errors),
  };
  return { dump, errors };
}
