/** Parses an import file and writes it: the one call the import panel makes. */
import type { LiseuseDatabase } from '@/utils/store';
import { type ParseOptions, parseImportFile } from './detect';
import { emptySummary, type ImportSummary, type WriteOptions } from './import-summary';
import { restoreLibrary } from './library-restore';
import { writeImport } from './write-import';

/**
 * Imports one file into the library; throws UnknownFormatError for unrecognised files, EncodingError
 * for text it cannot decode and TruncatedFileError for a cut-off file (nothing is written then).
 */
export async function runImport(
  db: LiseuseDatabase,
  file: { name: string; bytes: Uint8Array },
  options: ParseOptions & WriteOptions,
): Promise<ImportSummary> {
  const payload = parseImportFile(file.name, file.bytes, options);
  const encoding = payload.encoding ? { encoding: payload.encoding } : {};
  if (payload.kind === 'records') return { ...(await writeImport(db, payload.parsed, options)), ...encoding };
  if (!payload.dump) return { ...emptySummary('liseuse-json'), skipped: payload.errors, ...encoding };
  return { ...(await restoreLibrary(db, payload.dump, payload.errors, options)), ...encoding };
}
