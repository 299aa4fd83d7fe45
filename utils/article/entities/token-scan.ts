// The matches of the tokenizer's pattern, walked without running it on plain ASCII: most words are letters and
// digits between spaces and punctuation, which a pass over character codes reads for less than the Unicode
// pattern costs (its classes are searched at every character). Anything else is left to the pattern itself.

/** ASCII letters and digits: all that `[\p{L}\p{N}]` holds below 128. */
const isAsciiWordCode = (code: number): boolean =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** White space a token never holds; the line break is a token of its own. */
const isBlankCode = (code: number): boolean =>
  code === 32 || code === 9 || code === 11 || code === 12 || code === 13;

// ASCII characters that may go on a word in the pattern: inner hyphens, ampersands, apostrophes and dots, a closing
// "$" or "+", and the slash of "SAMP/T". Before any other, the word ends.
const WORD_GOES_ON = new Set(['-', '&', "'", '.', '$', '+', '/'].map((c) => c.charCodeAt(0)));

/**
 * Walks the matches `pattern` (a global regex) gives in `text`, as `matchAll` would: an ASCII word or mark between
 * ASCII characters that cannot extend it is read here, anything else from the pattern at that point.
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
    while (p < text.length && isBlankCode(text.charCodeAt(p))) p++;
    if (p >= text.length) return false;
    const code = text.charCodeAt(p);
    if (isAsciiWordCode(code)) {
      let end = p + 1;
      while (end < text.length && isAsciiWordCode(text.charCodeAt(end))) end++;
      const after = end < text.length ? text.charCodeAt(end) : -1;
      if (after < 128 && !WORD_GOES_ON.has(after)) return this.take(text.slice(p, end), p);
    } else if (code < 128) {
      // A line break, or one ASCII mark: no other branch of the pattern opens on it.
      return this.take(text[p] as string, p);
    }
    return this.fromPattern(p);
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
