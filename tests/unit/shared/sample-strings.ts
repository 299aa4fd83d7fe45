/**
 * Generated strings for tests that prove a rewrite of a pattern gives the pattern's answers: letters of several
 * scripts and cases (title case, modifier and other letters included), digits and other numbers, combining marks,
 * apostrophes, hyphens, spaces, punctuation, characters outside the BMP and a lone surrogate, mixed with the words
 * a test passes so that the patterns' rarer branches are reached too.
 */

import { rng } from '@/tests/bench/seeded-rng';

const CHARACTERS = [
  ..."AZaz09ÉéÀàßÇçΣσЖжİıſ\u212aǅʰª中ا٣½Ⅻ\u0301\u0345 \u00a0\t\n\r$+/&,._:;!?()[]«»“”—–-‐‑’'@#|·•",
  '\u{1d400}', // mathematical capital A (Lu outside the BMP)
  '\u{1d41a}', // mathematical small a (Ll)
  '\u{10400}', // Deseret capital (Lu, has a lower case)
  '\u{20000}', // CJK (Lo)
  '\u{1d7ce}', // mathematical digit (Nd)
  '\u{1f600}', // emoji
  '\ud800', // a lone surrogate
];

/** `count` strings of up to `maxPieces` pieces, each a character above or one of `words` (about half and half). */
export function sampleStrings(
  count: number,
  words: readonly string[] = [],
  maxPieces = 8,
  seed = 1,
): string[] {
  // Seeded (mulberry32): the same strings on every run.
  const random = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let text = '';
    const pieces = Math.floor(random() * (maxPieces + 1));
    for (let j = 0; j < pieces; j++) text += words.length && random() < 0.5 ? pick(words) : pick(CHARACTERS);
    out.push(text);
  }
  return out;
}
