/** Parses an import file and writes it: the one call the import panel makes. */
import type { LiseuseDatabase } from '@/utils/store';
import { type ParseOptions, parseImportFile } from './detect';
import { emptySummary, type ImportSummary, type WriteOptions } from './import-summary';
import { restoreLibrary } from './library-restore';
import { writeImport } from './write-import';

/** Imports one file into the library; throws UnknownFormatError for unrecognised files. */
export async function runImport(
  db: LiseuseDatabase,
  file: { name: string; bytes: Uint8Array },
  options: ParseOptions & WriteOptions,
): Promise<ImportSummary> {
  const payload = parseImportFile(file.name, file.bytes, options);
  if (payload.kind === 'records') return writeImport(db, payload.parsed, options);
  if (!payload.dump) return { ...emptySummary('liseuse-json'), skipped: payload.errors };
  return restoreLibrary(db, payload.dump, payload.errors, options);
}
