import { GIVEN_NAMES, isKnownName } from './gazetteer';
import type { Token } from './tokenize';

// German writes a person's genitive as an "-s" glued to the name, before the thing owned: "Rudolf Augsteins Motto",
// "Malte C.s Tod", "Lea Vogts Inszenierung", "Kafkas Roman". The owner is the name without its "-s"; the noun after
// it is no part of the name.

// A capitalised word ending in a genitive "-s" ("Augsteins", "C.s"); names already ending in a hissing sound take
// an apostrophe instead ("Marx'").
const GENITIVE = /^\p{Lu}(?:\p{L}*[^sxzßSXZ\P{L}]s|\.s)$/u;

/**
 * Index of the genitive word ending a person's name inside tokens[a..b), or -1. A full name opened by a given name
 * ("Franz Kafkas") or a single surname ("Kafkas Roman") qualifies when the text writes the name without the "-s"
 * alone too, or, for a full name, when a noun the text writes nowhere alone closes the phrase ("Rudolf Augsteins
 * Motto"); a surname ending
 * in "-s" that the text writes so alone ("Bill Gates Stiftung", "Gates sagte") is no genitive.
 */
export function genitiveOwnerEnd(
  tokens: readonly Token[],
  a: number,
  b: number,
  written: ReadonlySet<string>,
): number {
  const first = tokens[a];
  if (!first) return -1;
  const full = GIVEN_NAMES.has(first.folded);
  // The owner's name: one word, or a given name and up to two more words.
  for (let k = full ? a + 1 : a; k < Math.min(b, full ? a + 3 : a + 1); k++) {
    const t = tokens[k];
    if (!t?.isWord && !/\.s$/.test(t?.text ?? '')) return -1;
    // Both forms end in "s": most words are out without the pattern.
    if (!t?.text.endsWith('s') || !GENITIVE.test(t.text)) continue;
    const stem = t.folded.slice(0, -1).replace(/\.$/, '');
    if (GIVEN_NAMES.has(t.folded) || isKnownName(t.folded) || written.has(t.folded)) return -1;
    const owner = tokens
      .slice(a, k + 1)
      .map((w) => w.folded)
      .join(' ');
    if (isKnownName(owner)) return -1;
    if (written.has(stem)) return k;
    // "Rudolf Augsteins Motto": the noun closes the phrase and stands nowhere alone ("Wolfgang Amadeus Mozart": a
    // middle name, the surname written alone too); an initial's "-s" is always one ("Malte C.s Tod").
    const noun = tokens[k + 1];
    const initial = /\.s$/.test(t.text);
    return full && k + 2 === b && noun?.isWord && (initial || !written.has(noun.folded)) ? k : -1;
  }
  return -1;
}
