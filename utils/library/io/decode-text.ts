/**
 * Text files of any import are decoded by their byte-order mark (UTF-8, UTF-16), else as UTF-8 when
 * they are valid UTF-8, else as UTF-16 when their zero bytes say so, else as Windows-1252 (Latin-1,
 * what Excel and older exports write in Western Europe) when the bytes read as such. Anything else
 * is refused with the encoding named, never imported as "�t� � Paris caf�" (pure).
 */

/** How a file was read. */
export type TextEncodingName = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'Windows-1252';

/** What the refusal names: the encoding seen, and where the trouble starts. */
export type UnreadableEncoding = 'UTF-32' | 'damaged UTF-8' | 'multi-byte (East Asian)' | 'unknown';

/** The file's encoding is not one Liseuse reads; `encoding` names what it looks like. */
export class EncodingError extends Error {
  constructor(
    readonly file: string,
    readonly encoding: UnreadableEncoding,
    readonly line: number | null,
  ) {
    super(
      `${file}: ${encoding === 'unknown' ? 'not UTF-8, UTF-16 or Latin-1 (Windows-1252)' : `${encoding} text`}` +
        `${line ? ` (line ${line})` : ''}; save it as UTF-8 and import it again.`,
    );
    this.name = 'EncodingError';
  }
}

/** Decoded text and the encoding it was read as. */
export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

const decode = (label: string, bytes: Uint8Array, fatal = true) =>
  new TextDecoder(label, { fatal }).decode(bytes);

function byBom(bytes: Uint8Array): TextEncodingName | 'UTF-32' | null {
  const [a, b, c, d] = bytes;
  if ((a === 0xff && b === 0xfe && c === 0 && d === 0) || (a === 0 && b === 0 && c === 0xfe && d === 0xff))
    return 'UTF-32';
  if (a === 0xef && b === 0xbb && c === 0xbf) return 'UTF-8';
  if (a === 0xff && b === 0xfe) return 'UTF-16LE';
  if (a === 0xfe && b === 0xff) return 'UTF-16BE';
  return null;
}

/** Share of zero bytes at even and at odd offsets in the first 4 kB (text in UTF-16 has many). */
function zeroShares(bytes: Uint8Array): { even: number; odd: number } {
  const n = Math.min(bytes.length, 4096);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) i % 2 ? odd++ : even++;
  return { even: even / Math.max(1, n / 2), odd: odd / Math.max(1, n / 2) };
}

/** Valid UTF-8 multi-byte sequences, bytes that fit none, and the line of the first of those. */
function utf8Evidence(bytes: Uint8Array): { valid: number; invalid: number; firstLine: number } {
  let valid = 0;
  let invalid = 0;
  let line = 1;
  let firstLine = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] as number;
    if (b === 10) line++;
    const len =
      b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = len > 0;
    for (let k = 1; ok && k < len; k++) ok = ((bytes[i + k] ?? 0) & 0xc0) === 0x80;
    if (len > 1 && ok) valid++;
    if (!ok) {
      invalid++;
      firstLine ||= line;
    }
    i += ok ? len : 1;
  }
  return { valid, invalid, firstLine };
}

// Bytes Windows-1252 leaves undefined; text in it never has them.
const UNDEFINED_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

// 0x80–0x9F in Windows-1252 (some TextDecoders read them as Latin-1's control characters instead).
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Windows-1252 to text; every other byte is its own code point. */
function decode1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x2000) {
    const chunk = bytes.subarray(i, i + 0x2000);
    out += String.fromCharCode(
      ...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b)),
    );
  }
  return out;
}

/**
 * Whether the bytes read as Windows-1252: none of its undefined bytes, and accented letters among
 * ASCII ones (East Asian encodings write runs of high bytes instead).
 */
function latin1Verdict(bytes: Uint8Array): 'latin-1' | 'runs' | 'undefined-bytes' {
  let high = 0;
  let inRuns = 0;
  let run = 0;
  let undefinedBytes = false;
  for (const b of bytes) {
    if (UNDEFINED_1252.has(b)) undefinedBytes = true;
    if (b >= 0x80) {
      high++;
      run++;
      continue;
    }
    if (run >= 3) inRuns += run;
    run = 0;
  }
  if (run >= 3) inRuns += run;
  if (inRuns > high * 0.3) return 'runs';
  return undefinedBytes ? 'undefined-bytes' : 'latin-1';
}

/** Decodes an import file's bytes, or throws EncodingError naming what it seems to be. */
export function decodeText(bytes: Uint8Array, file: string): DecodedText {
  const bom = byBom(bytes);
  if (bom === 'UTF-32') throw new EncodingError(file, 'UTF-32', null);
  if (bom === 'UTF-16LE' || bom === 'UTF-16BE')
    return { text: decode(bom, bytes.subarray(2), false), encoding: bom };
  const body = bom === 'UTF-8' ? bytes.subarray(3) : bytes;
  try {
    return { text: decode('utf-8', body), encoding: 'UTF-8' };
  } catch {
    // Not UTF-8: the other encodings below.
  }
  const zeros = zeroShares(body);
  if (zeros.odd > 0.3 && zeros.even < 0.05)
    return { text: decode('utf-16le', body, false), encoding: 'UTF-16LE' };
  if (zeros.even > 0.3 && zeros.odd < 0.05)
    return { text: decode('utf-16be', body, false), encoding: 'UTF-16BE' };
  const evidence = utf8Evidence(body);
  if (evidence.valid > evidence.invalid) throw new EncodingError(file, 'damaged UTF-8', evidence.firstLine);
  if (zeros.even + zeros.odd > 0.5) throw new EncodingError(file, 'UTF-32', null);
  const verdict = latin1Verdict(body);
  if (verdict === 'latin-1') return { text: decode1252(body), encoding: 'Windows-1252' };
  throw new EncodingError(file, verdict === 'runs' ? 'multi-byte (East Asian)' : 'unknown', null);
}
