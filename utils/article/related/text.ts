import { foldWords } from '@/utils/shared/fold';
import { stopwordsFor } from '@/utils/shared/stopwords';

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Character bigrams of a CJK run: those scripts do not separate words with spaces. */
function bigrams(run: string): string[] {
  const chars = [...run];
  if (chars.length < 2) return chars;
  return chars.slice(1).map((char, i) => `${chars[i]}${char}`);
}

/** Folded word tokens of a text, in order; CJK runs become character bigrams. */
export function tokens(text: string): string[] {
  return foldedTokens(foldWords(text));
}

/** `tokens` of a text already folded by `foldWords` (a text folded for another use is not folded again). */
export function foldedTokens(folded: string): string[] {
  if (!folded) return [];
  const words = folded.split(' ');
  // Most texts have no CJK run: one scan of the text instead of one test (and one array) per word.
  return CJK.test(folded) ? words.flatMap((word) => (CJK.test(word) ? bigrams(word) : [word])) : words;
}

const S = 's'.charCodeAt(0);
const X = 'x'.charCodeAt(0);
const DIGITS = /^\d+$/;
/** A bare number; most words open with a letter, which answers without the regex. */
const isNumber = (token: string): boolean => {
  const first = token.charCodeAt(0);
  return first >= 48 && first <= 57 && DIGITS.test(token);
};

/**
 * Truncation stem: plural mark dropped, then the first 6 letters. Truncation is a known strong baseline for
 * French retrieval and needs no per-language rules ("chinois"/"chinoises", "americain"/"americaines" meet).
 */
export function stem(token: string): string {
  // Run on every word of the article: the last letter is read by its code, not by a regex.
  const last = token.charCodeAt(token.length - 1);
  const singular = token.length > 3 && (last === S || last === X) ? token.slice(0, -1) : token;
  return singular.length > 6 ? singular.slice(0, 6) : singular;
}

/** Predicate for tokens that can carry a topic in `lang`: not a stopword, not a bare number, two letters or more. */
export function contentFilter(lang: string): (token: string) => boolean {
  const stops = stopwordsFor(lang);
  return (token) => token.length >= 2 && !stops.has(token) && !isNumber(token);
}

/** Distinct stems of the content tokens of a text. */
export function stemSet(text: string, lang: string): Set<string> {
  return foldedStemSet(foldWords(text), lang);
}

/** `stemSet` of a text already folded by `foldWords` (a text folded for another use is not folded again). */
export function foldedStemSet(folded: string, lang: string): Set<string> {
  const keep = contentFilter(lang);
  const out = new Set<string>();
  for (const token of foldedTokens(folded)) if (keep(token)) out.add(stem(token));
  return out;
}
