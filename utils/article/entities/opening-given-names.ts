// "Mikel Arteta described…": a full name opening a sentence, its given name unknown to the gazetteer.
import type { TextEvidence } from './evidence';
import { GIVEN_NAMES, isDemonymWord, ORGANIZATIONS, PLACES } from './gazetteer';
import type { Token } from './tokenize';

// Middle names a given name goes before: the Sikh "Singh" and "Kaur" ("Harbans Singh Sandhu", "Harleen Kaur").
const MIDDLE_NAMES = new Set(['singh', 'kaur']);

/** Whether the folded word is a middle name a given name goes before ("Singh", "Kaur"). */
export const isMiddleName = (folded: string): boolean => MIDDLE_NAMES.has(folded);

/** "Harbans Singh Sandhu said…": a word of letters before "Singh" or "Kaur" is a given name, known or not. */
const opensBeforeMiddleName = (first: Token | undefined, rest: Token | undefined, length: number): boolean =>
  length <= 3 &&
  MIDDLE_NAMES.has(rest?.folded ?? '') &&
  rest?.sentence === first?.sentence &&
  /^\p{Lu}\p{Ll}{2,}$/u.test(first?.text ?? '');

// English words that open sentences without being names: "Getting", "Asked", "Finally", "Meets".
const COMMON_ENDING = /(?:ing|ed|ly|s)$/;

/**
 * In English, two words opening a sentence where the second is a name written alone inside sentences elsewhere
 * ("Arteta said") and the first is a word of letters not shaped like a verb or an adverb: a given name and its
 * surname, both the name's. Not a given name second, nor a word also written in lower case.
 */
export function opensFullName(tokens: readonly Token[], a: number, b: number, ev: TextEvidence): boolean {
  const first = tokens[a];
  const rest = tokens[a + 1];
  if (opensBeforeMiddleName(first, rest, b - a)) return true;
  if (ev.lang !== 'en' || b - a !== 2 || !first || !rest || rest.sentence !== first.sentence) return false;
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(first.text) || COMMON_ENDING.test(first.folded)) return false;
  // A given name second ("Beside Emily") or a word also written in lower case ("Tele Broadcast") is no surname.
  if (GIVEN_NAMES.has(rest.folded) || (ev.lower.get(rest.folded) ?? 0) > 0) return false;
  // Nor a place, a body or a people known as such ("Top Belarus", "Three Russian").
  if (PLACES.has(rest.folded) || ORGANIZATIONS.has(rest.folded) || isDemonymWord(rest.folded)) return false;
  return /^\p{Lu}\p{Ll}+$/u.test(rest.text) && (ev.midCaps.get(rest.folded) ?? 0) >= 2;
}
