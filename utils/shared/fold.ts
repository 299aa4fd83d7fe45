/**
 * The one text fold: accents, case and ligatures, so "etats-unis" finds "États-Unis". Search, entities and
 * related stories all compare text through it. Also the one white-space collapse (`collapseSpaces`).
 */

import { charClass } from '@/utils/shared/char-class';
import { joinWordRuns } from '@/utils/shared/word-runs';

const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', ł: 'l', đ: 'd', ı: 'i' };
const LIGATURE_RE = /[œæßøłđı]/g;
// Text in ASCII alone (most English) has no accent nor ligature to fold: lower case is all it needs.
const NON_ASCII = /[\u0080-\uffff]/;
// Nor has text whose other characters are Latin-1's signs (no-break space, « », °) or general punctuation (’ “ ”
// – — …): none of them decomposes, is a mark or a ligature. A character of these ranges may fold.
const MAY_FOLD = /[\u00c0-\u200f\u2028-\u202f\u205f-\uffff]/;
// NFD splits a Hangul syllable into its letters (jamo), which are no accents: they must come back together.
const JAMO = /[\u1100-\u11ff]/;
const isHangulSyllable = (code: number): boolean => code >= 0xac00 && code <= 0xd7a3;

const isMark = charClass(/^\p{M}$/u);

/** `text` without its combining marks (Unicode `M`): what removing `/\p{M}+/gu` gives, in a cheaper pass. */
function withoutMarks(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i) as number;
    const width = code > 0xffff ? 2 : 1;
    if (isMark(text, i, code)) {
      out += text.slice(from, i);
      from = i + width;
    }
    i += width;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Text without diacritics, case kept ("États" → "Etats"; Korean unchanged). */
export function stripAccents(text: string): string {
  const bare = withoutMarks(text.normalize('NFD'));
  return JAMO.test(bare) ? bare.normalize('NFC') : bare;
}

/** True when the string carries any diacritic (used to prefer "États-Unis" over "Etats-Unis"). */
export function hasAccent(text: string): boolean {
  const nfd = text.normalize('NFD');
  return nfd !== text && /\p{M}/u.test(nfd);
}

/** Lowercases, strips diacritics (NFD + combining marks) and expands common ligatures. */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  if (!MAY_FOLD.test(lower)) return lower;
  return stripAccents(lower).replace(LIGATURE_RE, (c) => LIGATURES[c] ?? c);
}

// What `collapseSpaces` must change: a run of two white-space characters or more, or one that is not a plain
// space. Most text has none, and then `replace` hands the string back without copying it (`/\s+/g` copied every
// text, replacing each single space by itself).
const SPACES_TO_COLLAPSE = /\s{2,}|[^\S ]/g;

/** Each run of white space one space, the ends kept: what `replace(/\s+/g, ' ')` gives, copying less. */
export function collapseSpaceRuns(text: string): string {
  return text.replace(SPACES_TO_COLLAPSE, ' ');
}

/** White space collapsed: each run of it one space, none at either end (null reads as ''). */
export function collapseSpaces(text: string | null | undefined): string {
  return collapseSpaceRuns(text ?? '').trim();
}

/** `fold`, with every run of characters that are not letters or digits turned into one space, trimmed. */
export function foldWords(text: string): string {
  return joinWordRuns(fold(text));
}

/**
 * `fold` letter for letter, ligatures kept: each character becomes its lower-case base or stays as it is, so an
 * index in the result is an index in `text` (a cue found in the folded text is cut from the text itself).
 */
export function foldInPlace(text: string): string {
  // An ASCII character is its own base: its lower case is all the fold does to it.
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  let out = '';
  for (const char of text) {
    const base = isHangulSyllable(char.charCodeAt(0))
      ? char
      : (char.normalize('NFD')[0] ?? char).toLowerCase();
    out += base.length === char.length ? base : char;
  }
  return out;
}
