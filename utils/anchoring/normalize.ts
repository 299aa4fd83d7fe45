/**
 * Text normalisation with an offset map. Both the page text and stored quotes go through the
 * same function, so typography edits (curly quotes, no-break spaces, soft hyphens, re-wrapped
 * lines, decomposed accents) do not count as differences.
 */

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

class Builder {
  chars: string[] = [];
  starts: number[] = [];
  ends: number[] = [];
  push(s: string, start: number, end: number): void {
    // Code units, not code points: offsets everywhere are UTF-16 indices.
    for (let k = 0; k < s.length; k++) {
      this.chars.push(s.charAt(k));
      this.starts.push(start);
      this.ends.push(end);
    }
  }
  build(): NormalizedText {
    return {
      text: this.chars.join(''),
      starts: Int32Array.from(this.starts),
      ends: Int32Array.from(this.ends),
    };
  }
}

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
  const out = new Builder();
  let space = -1; // raw start of a pending whitespace run, -1 if none
  let spaceEnd = -1;
  let suppress = false; // drop the next whitespace (after an opening French quote)
  let b = 0;
  for (let i = 0; i < raw.length; ) {
    while (b < breaks.length && (breaks[b] ?? 0) <= i) {
      if ((breaks[b] ?? 0) === i && space < 0) [space, spaceEnd] = [i, i];
      b++;
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
      if (space >= 0 && out.chars.length > 0 && !suppress && !(fold && SPACE_BEFORE.has(ch))) {
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
  let lo = 0;
  let hi = n.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((n.starts[mid] ?? 0) < rawOffset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Number of normalised characters whose raw end is ≤ rawOffset (maps a raw end boundary). */
export function toNormalizedEnd(n: NormalizedText, rawOffset: number): number {
  let lo = 0;
  let hi = n.ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((n.ends[mid] ?? 0) <= rawOffset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
