/**
 * Text normalisation with an offset map. Both the page text and stored quotes go through the
 * same function, so typography edits (curly quotes, no-break spaces, soft hyphens, re-wrapped
 * lines, decomposed accents) do not count as differences.
 */
import { countAtMost, lowerBound } from '@/utils/shared/sorted';

/** Normalised text plus, for each of its characters, the raw [start, end) it came from. */
export interface NormalizedText {
  text: string;
  starts: Int32Array;
  ends: Int32Array;
}

const WHITESPACE = /[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
/** Invisible characters that pages sprinkle in text (soft hyphens, zero-width joiners, BOM). */
const REMOVED = /[\u00ad\u180e\u200b-\u200d\u2060\ufeff]/;
const MARK = /\p{M}/u;
/** French typography puts a (no-break) space before these and after « ‹; English does not. */
const SPACE_BEFORE = new Set([';', ':', '!', '?', '»', '›']);
const SPACE_AFTER = new Set(['«', '‹']);

const FOLD: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u02bc': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u2033': '"',
  '«': '"',
  '»': '"',
  '‹': '"',
  '›': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u2026': '...',
};

/** Returns the end of the character cluster (code point + combining marks) starting at i. */
function clusterEnd(raw: string, i: number): number {
  let j = i + ((raw.codePointAt(i) ?? 0) > 0xffff ? 2 : 1);
  while (j < raw.length && raw.charCodeAt(j) >= 0x300) {
    const cp = raw.codePointAt(j) ?? 0;
    if (!MARK.test(String.fromCodePoint(cp))) break;
    j += cp > 0xffff ? 2 : 1;
  }
  return j;
}

/** Growable typed buffers for the output: per-character arrays of strings cost more than the matching. */
class Builder {
  length = 0;
  private codes: Uint16Array;
  private starts: Int32Array;
  private ends: Int32Array;
  constructor(capacity: number) {
    this.codes = new Uint16Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }
  private grow(): void {
    const size = this.codes.length * 2 + 16;
    const grown = <T extends Uint16Array | Int32Array>(a: T, b: T): T => {
      b.set(a);
      return b;
    };
    this.codes = grown(this.codes, new Uint16Array(size));
    this.starts = grown(this.starts, new Int32Array(size));
    this.ends = grown(this.ends, new Int32Array(size));
  }
  /** One UTF-16 code unit (offsets everywhere are UTF-16 indices), from raw [start, end). */
  pushCode(code: number, start: number, end: number): void {
    if (this.length === this.codes.length) this.grow();
    this.codes[this.length] = code;
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }
  push(s: string, start: number, end: number): void {
    for (let k = 0; k < s.length; k++) this.pushCode(s.charCodeAt(k), start, end);
  }
  build(): NormalizedText {
    const parts: string[] = [];
    // fromCharCode takes its arguments on the stack: decode in bounded chunks, passed as an
    // array-like (spreading a typed array goes through its iterator, several times slower).
    for (let at = 0; at < this.length; at += 8192)
      parts.push(
        Reflect.apply(String.fromCharCode, null, this.codes.subarray(at, Math.min(this.length, at + 8192))),
      );
    return {
      text: parts.join(''),
      starts: this.starts.slice(0, this.length),
      ends: this.ends.slice(0, this.length),
    };
  }
}

/** French high punctuation in ASCII (the space before it is dropped when folding). */
const isAsciiSpaceBefore = (c: number): boolean => c === 59 || c === 58 || c === 33 || c === 63;

/**
 * Normalises `raw`: NFC, whitespace runs → one space (trimmed), invisible characters removed;
 * with `fold`, also typographic quotes/dashes/ellipsis folded to ASCII and the space before
 * French high punctuation (or after «) dropped. `breaks` are sorted raw offsets where a block
 * boundary counts as whitespace even though the raw text has none.
 */
export function normalize(
  raw: string,
  options: { fold?: boolean; breaks?: readonly number[] } = {},
): NormalizedText {
  const fold = options.fold ?? true;
  const breaks = options.breaks ?? [];
  const out = new Builder(raw.length + 16);
  let space = -1; // raw start of a pending whitespace run, -1 if none
  let spaceEnd = -1;
  let suppress = false; // drop the next whitespace (after an opening French quote)
  let b = 0;
  for (let i = 0; i < raw.length; ) {
    while (b < breaks.length && (breaks[b] ?? 0) <= i) {
      if ((breaks[b] ?? 0) === i && space < 0) [space, spaceEnd] = [i, i];
      b++;
    }
    const c = raw.charCodeAt(i);
    // Fast paths, most of any page: ASCII whitespace, and printable ASCII not followed by a
    // combining mark (so no cluster, no NFC, no folding, never a removed character).
    if (c === 32 || (c >= 9 && c <= 13)) {
      if (space < 0) space = i;
      spaceEnd = i + 1;
      i++;
      continue;
    }
    if (c > 32 && c < 127 && !(raw.charCodeAt(i + 1) >= 0x300)) {
      if (space >= 0 && out.length > 0 && !suppress && !(fold && isAsciiSpaceBefore(c))) {
        out.pushCode(32, space, spaceEnd);
      }
      out.pushCode(c, i, i + 1);
      suppress = false;
      space = -1;
      i++;
      continue;
    }
    const end = clusterEnd(raw, i);
    let ch = raw.slice(i, end);
    if (REMOVED.test(ch)) {
      // invisible: contributes nothing (checked first: \s matches U+FEFF)
    } else if (WHITESPACE.test(ch)) {
      if (space < 0) space = i;
      spaceEnd = end;
    } else {
      if (end - i > 1 || ch.charCodeAt(0) >= 0x300) ch = ch.normalize('NFC');
      if (space >= 0 && out.length > 0 && !suppress && !(fold && SPACE_BEFORE.has(ch))) {
        out.push(' ', space, spaceEnd);
      }
      out.push(fold ? (FOLD[ch] ?? ch) : ch, i, end);
      suppress = fold && SPACE_AFTER.has(ch);
      space = -1;
    }
    i = end;
  }
  return out.build();
}

/** Normalises a stored quote or context string the same way as the page text. */
export function normalizeString(s: string): string {
  return normalize(s).text;
}

/** First normalised index whose raw start is ≥ rawOffset (maps a raw start boundary). */
export function toNormalizedStart(n: NormalizedText, rawOffset: number): number {
  return lowerBound(n.starts, rawOffset);
}

/** Number of normalised characters whose raw end is ≤ rawOffset (maps a raw end boundary). */
export function toNormalizedEnd(n: NormalizedText, rawOffset: number): number {
  return countAtMost(n.ends, rawOffset);
}
