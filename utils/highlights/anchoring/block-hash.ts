/**
 * Hashes of blocks (paragraphs) by their letters and digits only, so that typography and spacing
 * edits do not change them: the fingerprint's and the neighbours' unit of comparison.
 */

const isWordChar = (c: number): boolean =>
  (c >= 48 && c <= 57) ||
  (c >= 65 && c <= 90) ||
  (c >= 97 && c <= 122) ||
  (c > 127 && /[\p{L}\p{N}]/u.test(String.fromCharCode(c)));

/** FNV-1a hash (8 hex digits) of the letters and digits of text[from, to); null when there are none. */
export function hashLetters(text: string, from: number, to: number): string | null {
  let h = 0x811c9dc5;
  let letters = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // Surrogate halves are hashed as they come: both halves of a letter pass or fail together.
    if (isWordChar(c) || (c >= 0xd800 && c <= 0xdfff)) {
      h = Math.imul(h ^ c, 0x01000193);
      letters++;
    }
  }
  return letters ? (h >>> 0).toString(16).padStart(8, '0') : null;
}

/** Hash of a span that may hold no letters: the hash of nothing, so it still compares. */
export const hashSpan = (text: string, from: number, to: number): string =>
  hashLetters(text, from, to) ?? '811c9dc5';
