/** Reads one CLI input file: `.html`, `.htm`, `.html.gz` or `.txt`, decoded (decode-page.ts), size-capped. */
import { readFile, stat } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { analysisError } from '@/utils/article/error-messages';
import type { AnalysisError } from '@/utils/article/types';
import { decodePage } from '@/utils/cli/decode-page';
import { messageOf, ok, type Result } from '@/utils/shared/result';

/** Characters analysed at most; the rest of a bigger file is cut (with a warning). */
export const MAX_INPUT_CHARS = 5_000_000;
/** Bytes read at most from disk or out of gzip, so a huge or hostile file cannot exhaust memory. */
const MAX_INPUT_BYTES = 4 * MAX_INPUT_CHARS;

/** A read input, or why it could not be read. */
export type InputFile = Result<
  { kind: 'html' | 'text'; content: string; truncated: boolean; totalChars: number },
  AnalysisError
>;

function kindOf(path: string): { kind: 'html' | 'text'; gzip: boolean } | null {
  const lower = path.toLowerCase();
  if (/\.html?\.gz$/.test(lower)) return { kind: 'html', gzip: true };
  if (/\.html?$/.test(lower)) return { kind: 'html', gzip: false };
  if (lower.endsWith('.txt')) return { kind: 'text', gzip: false };
  return null;
}

class TooLarge extends Error {}

async function readBytes(path: string, gzip: boolean): Promise<Buffer> {
  if ((await stat(path)).size > MAX_INPUT_BYTES) throw new TooLarge(`more than ${MAX_INPUT_BYTES} bytes`);
  const raw = await readFile(path);
  if (!gzip) return raw;
  try {
    return gunzipSync(raw, { maxOutputLength: MAX_INPUT_BYTES });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new TooLarge(`more than ${MAX_INPUT_BYTES} bytes once decompressed`);
    }
    throw err;
  }
}

/** Reads `path`; a missing, unreadable, corrupt or unsupported file is `unreadable-file`, a huge one `too-large`. */
export async function readInput(path: string): Promise<InputFile> {
  const type = kindOf(path);
  if (!type)
    return { ok: false, error: analysisError('unreadable-file', 'expected a .html, .html.gz or .txt file') };
  let bytes: Buffer;
  try {
    bytes = await readBytes(path, type.gzip);
  } catch (err) {
    if (err instanceof TooLarge) return { ok: false, error: analysisError('too-large', err.message) };
    const code = (err as NodeJS.ErrnoException).code;
    return { ok: false, error: analysisError('unreadable-file', code ?? messageOf(err)) };
  }
  const decoded = decodePage(bytes);
  if (!decoded.ok) return { ok: false, error: analysisError('not-html', decoded.error) };
  const content = decoded.value.replace(/^\uFEFF/, '');
  const truncated = content.length > MAX_INPUT_CHARS;
  return ok({
    kind: type.kind,
    content: truncated ? content.slice(0, MAX_INPUT_CHARS) : content,
    truncated,
    totalChars: content.length,
  });
}
