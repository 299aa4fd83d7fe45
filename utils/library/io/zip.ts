/** Reading and writing zip archives (fflate), with a cap so a hostile archive cannot exhaust memory. */
import { strToU8, unzipSync, zipSync } from 'fflate';
import { decodeText } from './decode-text';

/** Uncompressed bytes an import may hold in memory at once. */
export const MAX_UNZIPPED_BYTES = 1024 * 1024 * 1024;

/** An archive's files by path (directories left out). */
export type ZipFiles = Map<string, Uint8Array>;

/** True when the bytes start with a zip local-file signature. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Unzips the files `keep` accepts; throws a RangeError past MAX_UNZIPPED_BYTES. */
export function readZip(bytes: Uint8Array, keep: (path: string) => boolean = () => true): ZipFiles {
  let total = 0;
  const raw = unzipSync(bytes, {
    filter: (f) => {
      if (f.name.endsWith('/') || !keep(f.name)) return false;
      total += f.originalSize;
      if (total > MAX_UNZIPPED_BYTES) throw new RangeError('archive too large to import');
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
