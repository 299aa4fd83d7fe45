/**
 * Turns a saved file's bytes into text as a reader expects. UTF-8 when the bytes are valid UTF-8: a page saved
 * again as UTF-8 often keeps its old `<meta charset>`, and bytes of a legacy encoding are almost never valid
 * UTF-8. Else the charset its byte-order mark or its `<meta>` declares, else UTF-8 with its bad bytes replaced.
 * Bytes that are no text at all (an image, an archive, junk) are said to be so.
 */
import { ok, type Result } from '@/utils/shared/result';

/** How far into the file the `<meta>` declaring its charset is looked for. */
const DECLARATION_BYTES = 4096;
/** How much of the file is looked at for bytes no text holds. */
const SAMPLE_BYTES = 65_536;
/** Above this share of control bytes (NUL, ESC... but tab and line breaks) the file is no text. */
const MAX_CONTROL_SHARE = 0.01;

const DECLARED = /<meta[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i;

/** The text of `bytes`, or why they are no text. */
export function decodePage(bytes: Uint8Array): Result<string, string> {
  const utf16 = utf16Label(bytes);
  if (utf16) return ok(new TextDecoder(utf16).decode(bytes));
  if (controlShare(bytes) > MAX_CONTROL_SHARE) return { ok: false, error: 'binary data, not text' };
  try {
    return ok(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return ok(decoderFor(declaredCharset(bytes)).decode(bytes));
  }
}

function utf16Label(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function controlShare(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, SAMPLE_BYTES);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    // Tab, line feed, form feed, carriage return are text.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) controls++;
  }
  return n === 0 ? 0 : controls / n;
}

function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, DECLARATION_BYTES));
  return DECLARED.exec(head)?.[1] ?? null;
}

/**
 * A decoder for the declared `label`; none, or one the platform does not know, reads as UTF-8 as before (a page
 * of UTF-8 with a few bad bytes is likelier than an undeclared legacy one). Bad bytes become U+FFFD.
 */
function decoderFor(label: string | null): TextDecoder {
  try {
    if (label) return new TextDecoder(label);
  } catch {
    // An encoding the platform does not know: as if none were declared.
  }
  return new TextDecoder('utf-8');
}
