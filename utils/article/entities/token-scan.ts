// The tokenizer's matches, walked without running its pattern on most words: words, with what joins them (inner
// hyphens, apostrophes, dots, ampersands), are read by a pass over character codes, for less than the Unicode
// pattern costs (its classes are searched at every character, and compiling it is among the costliest steps of
// the popup's first analysis). What the pass cannot be sure of, the pattern reads: a slash or a dotted acronym
// ahead, a character outside the BMP.

import { charClass, isLetterOrDigit, isLowerCase, isUpperCase } from '@/utils/shared/char-class';

// Dotted acronyms (U.S.), words with inner hyphens, dots, ampersands or apostrophes (Storm-0558, Outlook.com,
// AT&T, l’Europe), then any single non-space character. A dot before a capitalised word ends a sentence whose
// space was lost ("physician.Police"); "Disney+", "Canal+" and "C++" keep their plus signs.
// « SAMP/T », "S/MIME": capitals and one capital across a slash are one name; "LR/UDI" are two.
export const TOKEN_RE =
  /(?<![\p{L}\p{N}])(?:\p{Lu}{2,}\/\p{Lu}|\p{Lu}\/\p{Lu}{2,})(?![\p{L}\p{N}/])|(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:(?:[-‐‑&’']|\.(?!\p{Lu}\p{Ll}))[\p{L}\p{N}$]+)*(?:\+\+|[$+])?|\n|[^\s\p{L}\p{N}]/gu;

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

const code = (c: string): number => c.charCodeAt(0);
const SLASH = code('/');
const DOT = code('.');
const DOLLAR = code('$');
const PLUS = code('+');
// What joins two words into one (besides a dot, see `joinsAt`).
const JOINERS = new Set(['-', '‐', '‑', '&', "'", '’'].map(code));

/** Not sure: the pattern must read the token. */
const UNSURE = -1;

/**
 * Where the part of a word that a joiner at `at` adds ends (`[\p{L}\p{N}$]+` after it): `at` when nothing is
 * joined, UNSURE when a character outside the BMP comes before the answer.
 */
function joinedEnd(text: string, at: number): number {
  const joiner = text.charCodeAt(at);
  if (joiner === DOT) {
    // A dot before a capitalised word ends a sentence (`\.(?!\p{Lu}\p{Ll})`).
    const first = text.charCodeAt(at + 1);
    const second = text.charCodeAt(at + 2);
    if (isSurrogate(first) || isSurrogate(second)) return UNSURE;
    if (isUpperCase(text, at + 1, first) && isLowerCase(text, at + 2, second)) return at;
  } else if (!JOINERS.has(joiner)) return at;
  let end = at + 1;
  for (; end < text.length; end++) {
    const c = text.charCodeAt(end);
    if (isSurrogate(c)) return UNSURE;
    if (c !== DOLLAR && !isWordCode(text, end, c)) break;
  }
  return end === at + 1 ? at : end;
}

/**
 * The end of the tokenizer's match at `start`, a letter or digit of the BMP whose run of them ends at `runEnd`;
 * UNSURE when the slashed or dotted acronyms may match there, or a character outside the BMP is in the way.
 */
function wordEnd(text: string, start: number, runEnd: number): number {
  const after = text.charCodeAt(runEnd);
  if (after === SLASH || isSurrogate(after)) return UNSURE;
  if (after === DOT && runEnd === start + 1 && isUpperCase(text, start, text.charCodeAt(start))) {
    // "U.S.": a capital, a dot, then another capital and dot make a dotted acronym.
    const next = text.charCodeAt(start + 2);
    if (isSurrogate(next) || (isUpperCase(text, start + 2, next) && text.charCodeAt(start + 3) === DOT))
      return UNSURE;
  }
  let end = runEnd;
  for (let joined = joinedEnd(text, end); joined !== end; joined = joinedEnd(text, end)) {
    if (joined === UNSURE) return UNSURE;
    end = joined;
  }
  // "C++", "Canal+", "US$".
  if (text.charCodeAt(end) === PLUS && text.charCodeAt(end + 1) === PLUS) return end + 2;
  const last = text.charCodeAt(end);
  return last === PLUS || last === DOLLAR ? end + 1 : end;
}

/** Walks the matches `TOKEN_RE` gives in `text`, as `matchAll` would. */
export class TokenScan {
  /** The current match and its offset. */
  raw = '';
  at = 0;
  private next = 0;

  constructor(private readonly text: string) {}

  /** Moves to the next match: false when there is none. */
  advance(): boolean {
    const { text } = this;
    let p = this.next;
    while (p < text.length && isBlank(text, p, text.charCodeAt(p))) p++;
    if (p >= text.length) return false;
    const first = text.charCodeAt(p);
    if (isSurrogate(first)) return this.fromPattern(p);
    // A line break, or one mark: no other branch of the pattern opens on it.
    if (!isWordCode(text, p, first)) return this.take(text[p] as string, p);
    let runEnd = p + 1;
    while (runEnd < text.length && isWordCode(text, runEnd, text.charCodeAt(runEnd))) runEnd++;
    const end = runEnd === text.length ? runEnd : wordEnd(text, p, runEnd);
    return end === UNSURE ? this.fromPattern(p) : this.take(text.slice(p, end), p);
  }

  private take(raw: string, at: number): boolean {
    this.raw = raw;
    this.at = at;
    this.next = at + raw.length;
    return true;
  }

  private fromPattern(from: number): boolean {
    TOKEN_RE.lastIndex = from;
    const m = TOKEN_RE.exec(this.text);
    // The pattern is shared: left as found, so that another walk over it (`matchAll`) starts at the start.
    TOKEN_RE.lastIndex = 0;
    return m ? this.take(m[0], m.index) : false;
  }
}
