// The matches of the tokenizer's pattern, walked without running it on most words: letters and digits between
// spaces and punctuation are read by a pass over character codes, for less than the Unicode pattern costs (its
// classes are searched at every character). A word that something may extend is left to the pattern itself.

import { charClass } from '@/utils/shared/char-class';

const isLetterOrDigit = charClass(/^[\p{L}\p{N}]$/u);
const isSpace = charClass(/^\s$/u);

// Halves of characters outside the BMP: read by the pattern, which sees them whole.
const isSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdfff;

/** A letter or a digit (`[\p{L}\p{N}]`) of the BMP. */
function isWordCode(text: string, at: number, code: number): boolean {
  if (code < 128)
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return !isSurrogate(code) && isLetterOrDigit(text, at, code);
}

/** White space a token never holds (`\s`); the line break is a token of its own. */
function isBlank(text: string, at: number, code: number): boolean {
  if (code < 128) return code === 32 || code === 9 || code === 11 || code === 12 || code === 13;
  return !isSurrogate(code) && isSpace(text, at, code);
}

// What may go on a word in the pattern: inner hyphens, ampersands, apostrophes and dots, a closing "$" or "+",
// and the slash of "SAMP/T". Before anything else that is no letter or digit, the word ends.
const WORD_GOES_ON = new Set(['-', '‐', '‑', '&', "'", '’', '.', '$', '+', '/'].map((c) => c.charCodeAt(0)));

/**
 * Walks the matches `pattern` (the tokenizer's, global) gives in `text`, as `matchAll` would: a word that nothing
 * can extend, or a mark, is read here; anything else from the pattern at that point.
 */
export class TokenScan {
  /** The current match and its offset. */
  raw = '';
  at = 0;
  private next = 0;

  constructor(
    private readonly text: string,
    private readonly pattern: RegExp,
  ) {}

  /** Moves to the next match: false when there is none. */
  advance(): boolean {
    const { text } = this;
    let p = this.next;
    while (p < text.length && isBlank(text, p, text.charCodeAt(p))) p++;
    if (p >= text.length) return false;
    const code = text.charCodeAt(p);
    if (isSurrogate(code)) return this.fromPattern(p);
    // A line break, or one mark: no other branch of the pattern opens on it.
    if (!isWordCode(text, p, code)) return this.take(text[p] as string, p);
    let end = p + 1;
    while (end < text.length && isWordCode(text, end, text.charCodeAt(end))) end++;
    if (end === text.length) return this.take(text.slice(p, end), p);
    const after = text.charCodeAt(end);
    return isSurrogate(after) || WORD_GOES_ON.has(after)
      ? this.fromPattern(p)
      : this.take(text.slice(p, end), p);
  }

  private take(raw: string, at: number): boolean {
    this.raw = raw;
    this.at = at;
    this.next = at + raw.length;
    return true;
  }

  private fromPattern(from: number): boolean {
    this.pattern.lastIndex = from;
    const m = this.pattern.exec(this.text);
    // The pattern is shared: left as found, so that another walk over it (`matchAll`) starts at the start.
    this.pattern.lastIndex = 0;
    return m ? this.take(m[0], m.index) : false;
  }
}
