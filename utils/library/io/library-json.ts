/**
 * Liseuse's own lossless export: every stored row (article summaries and contents, images as
 * base64 blobs, annotations) in a versioned JSON document that imports back identically.
 * Search rows are left out: they are derived from the rest and rebuilt on import.
 */

import { DEFAULT_COLOR } from '@/utils/highlights/model';
import { annotationRowProblem, isHighlightColor } from '@/utils/highlights/validate';
import { base64ToBytes, bytesToBase64 } from '@/utils/shared/base64';
import { isRecord, type Problem } from '@/utils/shared/validate-fields';
import type { LibraryDump, StoredImage } from '@/utils/store/types';
import {
  articleContentProblem,
  articleSummaryProblem,
  MAX_IMAGE_BYTES,
  storedImageProblem,
} from '@/utils/store/validate-rows';
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

/** True when a parsed JSON value is a Liseuse library export. */
export function isLibraryJson(data: unknown): boolean {
  return isRecord(data) && data.format === LIBRARY_FORMAT;
}

/** A restored annotation, its colour brought into the palette (older versions stored free-form colours). */
function readAnnotation(raw: unknown): unknown {
  if (!isRecord(raw)) return raw;
  return isHighlightColor(raw.color) ? raw : { ...raw, color: DEFAULT_COLOR };
}

function decodeImage(raw: unknown): unknown {
  if (!isRecord(raw)) return raw;
  const enc = raw.blob;
  if (enc === null) return raw;
  if (!isRecord(enc) || typeof enc.base64 !== 'string' || enc.base64.length > MAX_IMAGE_BYTES * 1.4)
    return { ...raw, blob: { size: Number.NaN } };
  const blob = new Blob([base64ToBytes(enc.base64) as BlobPart], {
    type: String(enc.type ?? '').slice(0, 100),
  });
  return { ...raw, blob };
}

/**
 * Keeps the rows of one table that pass `problem` (the same checks as messages and imports), reporting
 * the others by 1-based item index and reason.
 */
function rows<T>(
  file: string,
  table: string,
  raw: unknown,
  problem: (r: unknown) => Problem,
  errors: RowError[],
  read: (r: unknown) => unknown = (r) => r,
): T[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((r, i) => {
    let value: unknown = null;
    let why: Problem;
    try {
      value = read(r);
      why = problem(value);
    } catch (err) {
      why = (err as Error).message;
    }
    if (why === null) return [value as T];
    errors.push({ file, line: i + 1, unit: 'item', message: `malformed ${table} row (${why})` });
    return [];
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
  if (!isRecord(data) || !isLibraryJson(data))
    return { dump: null, errors: [{ file, line: 1, message: 'not a Liseuse library export' }] };
  if (typeof data.version !== 'number' || data.version > LIBRARY_FORMAT_VERSION)
    return {
      dump: null,
      errors: [{ file, line: 1, message: `made by a newer Liseuse (format ${String(data.version)})` }],
    };
  const dump: LibraryDump = {
    exportedAt: typeof data.exportedAt === 'number' ? data.exportedAt : 0,
    articles: rows(file, 'article', data.articles, articleSummaryProblem, errors),
    contents: rows(file, 'content', data.contents, articleContentProblem, errors),
    images: rows(file, 'image', data.images, storedImageProblem, errors, decodeImage),
    annotations: rows(file, 'annotation', data.annotations, annotationRowProblem, errors, readAnnotation),
  };
  return { dump, errors };
}
