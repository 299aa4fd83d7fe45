/**
 * Reading and writing zip archives (fflate). A hostile archive cannot exhaust memory: only the entries the
 * caller will read are inflated, and together they may not exceed a budget proportionate to the archive.
 */
import { strToU8, unzipSync, zipSync } from 'fflate';
import { decodeText } from './decode-text';

/** Uncompressed bytes an import may hold in memory at once, whatever the archive. */
export const MAX_UNZIPPED_BYTES = 1024 * 1024 * 1024;
/** Exports are text (CSV, JSON, HTML, Markdown), which deflates ten-fold at best in practice: allow 50×. */
const RATIO = 50;
/** A small archive may still hold a few tens of megabytes of text. */
const FLOOR = 32 * 1024 * 1024;

/** The uncompressed bytes an archive of `archiveBytes` may inflate to (deflate bombs reach 1000×). */
export function unzipBudget(archiveBytes: number): number {
  return Math.min(MAX_UNZIPPED_BYTES, Math.max(FLOOR, archiveBytes * RATIO));
}

/** An archive's files by path (directories left out). */
export type ZipFiles = Map<string, Uint8Array>;

/** True when the bytes start with a zip local-file signature. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * The archive entries a parser may read: Pocket's CSV, JSON annotations and HTML export, Omnivore's
 * metadata JSON, content HTML and highlight Markdown. Anything else (images, binaries, hidden files)
 * is never inflated.
 */
export function isParsedZipEntry(path: string): boolean {
  return /\.(csv|json|md|html?)$/i.test(path) && !/(^|\/)(__MACOSX|\.)/.test(path);
}

/**
 * Unzips the files `keep` accepts (the others are never inflated); throws a RangeError when they would
 * inflate past `unzipBudget` (sizes from the archive's directory; fflate inflates no entry beyond its own).
 */
export function readZip(bytes: Uint8Array, keep: (path: string) => boolean = isParsedZipEntry): ZipFiles {
  const budget = unzipBudget(bytes.length);
  let total = 0;
  const raw = unzipSync(bytes, {
    filter: (f) => {
      if (f.name.endsWith('/') || !keep(f.name)) return false;
      total += f.originalSize;
      if (total > budget) throw new RangeError('archive too large to import');
      return true;
    },
  });
  return new Map(Object.entries(raw));
}

/** Decodes a file of the archive as text (UTF-8, UTF-16 or Latin-1; see decode-text). */
export function zipText(files: ZipFiles, path: string): string {
  const data = files.get(path);
  return data ? decodeText(data, path).text : '';
}

/** The last path segment. */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Builds a zip from text or bytes by path. */
export function writeZip(files: Record<string, string | Uint8Array>): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const [path, data] of Object.entries(files))
    entries[path] = typeof data === 'string' ? strToU8(data) : data;
  return zipSync(entries, { level: 6 });
}
