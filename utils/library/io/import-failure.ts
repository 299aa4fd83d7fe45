/**
 * Why an import stopped before writing anything, as plain data: it crosses from the import worker to the
 * library page, which words it for the reader.
 */
import { messageOf } from '@/utils/shared/result';
import { EncodingError } from './decode-text';
import { UnknownFormatError } from './detect';
import { TruncatedFileError } from './truncated';

/** An import that could not start: unknown format, undecodable text, a cut-off file, or another error. */
export type ImportFailure =
  | { kind: 'unknown-format' }
  | { kind: 'encoding'; encoding: string; line: number | null }
  | { kind: 'truncated'; format: 'liseuse-json' | null; size: number }
  | { kind: 'other'; message: string };

/** The failure an error thrown by `runImport` stands for. */
export function importFailureOf(err: unknown): ImportFailure {
  if (err instanceof UnknownFormatError) return { kind: 'unknown-format' };
  if (err instanceof EncodingError) return { kind: 'encoding', encoding: err.encoding, line: err.line };
  if (err instanceof TruncatedFileError) return { kind: 'truncated', format: err.format, size: err.size };
  return { kind: 'other', message: messageOf(err) };
}
