/**
 * Words matched in any case without the `i` flag. With `i` and `u`, V8 closes every literal letter of a
 * pattern over Unicode's case folding as it compiles it, paid on the popup's first open: the month and day names
 * took 1.3 ms in Chromium (2.3 in Node), 1.0 (1.2) written as a class of each letter's case variants, which
 * matches the same characters: its upper and lower case, and the few more that simple
 * case folding joins to it (listed below for the letters of our word lists; a test checks every letter against
 * the engine's own `iu` matching).
 */

/** Characters that case folding joins to a letter beyond its upper and lower case (keyed by the lower case). */
const MORE_VARIANTS: Readonly<Record<string, string>> = {
  k: '\u212a', // Kelvin sign
  å: '\u212b', // Angstrom sign
  s: '\u017f', // long s
  в: '\u1c80', // the old Cyrillic letter forms
  д: '\u1c81',
  о: '\u1c82',
  с: '\u1c83',
  т: '\u1c84\u1c85',
  ъ: '\u1c86',
  ß: '\u1e9e', // capital sharp s (ß upper-cases to "SS", two letters)
};

/** `text` when it is one character, else nothing: "SS" is no case variant of ß for a pattern. */
const single = (text: string): string => ([...text].length === 1 ? text : '');

/** `word` as a pattern source for the `u` flag, each letter a class of its case variants ("mai" → "[mM][aA][iI]"). */
export function caselessSource(word: string): string {
  let source = '';
  for (const char of word) {
    const lower = single(char.toLowerCase()) || char;
    const variants = new Set([char, lower, single(char.toUpperCase()), ...(MORE_VARIANTS[lower] ?? '')]);
    variants.delete('');
    source += variants.size === 1 ? char : `[${[...variants].join('')}]`;
  }
  return source;
}

/** Alternatives written `a|b|c` (plain words), each made caseless. */
export function caselessAlternatives(words: string): string {
  return words.split('|').map(caselessSource).join('|');
}

/** A letter as `[\p{L}]` reads it with `i` and `u` (for inside a class): case folding adds the combining iota, U+0345. */
export const CASELESS_LETTER = '\\p{L}\\u0345';

/** A word character as `\w` (and so `\b`) reads it with `i` and `u` (for inside a class): ſ and the Kelvin sign too. */
export const CASELESS_WORD = '\\w\\u017f\\u212a';
