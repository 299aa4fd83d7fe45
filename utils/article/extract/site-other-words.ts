/**
 * A byline that is the site's name in other words names no author: its words in another order ("Bündnis 90/Die
 * Grünen Bundestagsfraktion" on "Bundestagsfraktion Bündnis 90/Die Grünen"), or with some of them shortened to
 * their capitals ("OÖ Volksblatt" on "Oberösterreichisches Volksblatt", "NZ Herald" on "New Zealand Herald").
 */
import { foldWords } from '@/utils/shared/fold';
import { letterShape } from '@/utils/shared/letter-shape';

// A short form in capitals: "OÖ", "NZ", "FAZ".
// A shape (see letter-shape.ts).
const SHORT_FORM = /^U{2,5}$/;

const wordsOf = (text: string): string[] => foldWords(text).split(' ').filter(Boolean);

/** The same words, in any order: two at least (one word is `sameName`'s). */
function sameWords(a: string[], b: string[]): boolean {
  if (a.length < 2 || a.length !== b.length) return false;
  const sorted = (words: string[]) => [...words].sort().join(' ');
  return sorted(a) === sorted(b);
}

/** Whether `letters` are read in order in `words`, the first opening them: "oo" in "oberosterreichisches". */
function shortens(letters: string, words: string[]): boolean {
  const long = words.join('');
  if (words.length === 0 || long[0] !== letters[0]) return false;
  let at = 0;
  for (const letter of letters) {
    at = long.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/**
 * `short` is `long` with one run of its words written as capitals, the other words the same: "OÖ Volksblatt"
 * and "Oberösterreichisches Volksblatt" (never only the capitals: that is `spelledBySiteAcronym`'s).
 */
function shortFormOf(short: string, long: string): boolean {
  const raw = short.split(/\s+/u);
  const at = raw.findIndex((word) => SHORT_FORM.test(letterShape(word)));
  if (at < 0 || raw.length < 2) return false;
  const shortWords = wordsOf(short);
  const longWords = wordsOf(long);
  if (shortWords.length !== raw.length) return false;
  const before = shortWords.slice(0, at);
  const after = shortWords.slice(at + 1);
  const middle = longWords.slice(before.length, longWords.length - after.length);
  return (
    middle.length > 0 &&
    before.every((w, i) => longWords[i] === w) &&
    after.every((w, i) => longWords[longWords.length - after.length + i] === w) &&
    shortens(shortWords[at] ?? '', middle)
  );
}

/** Whether `byline` is `siteName` in other words (see above). */
export function siteInOtherWords(byline: string, siteName: string): boolean {
  return (
    sameWords(wordsOf(byline), wordsOf(siteName)) ||
    shortFormOf(byline, siteName) ||
    shortFormOf(siteName, byline)
  );
}
