// "…on Friday; Ryanair and Aer Lingus warn…" then "Ryanair, the airport's largest carrier, said…": a name the text
// only ever writes where a sentence or a clause opens is still one; its capitals alone prove nothing, but a word
// never written in lower case, even inflected, that is no common word of the language, is a name's.

import { isDescriptorOpener } from './descriptor-openers';
import type { TextEvidence } from './evidence';
import { STOPWORDS } from './lexicon';
import type { Mention } from './mention';
import { isOpeningAdverb, isOpeningPrepositionOrContact } from './sentence-openers';
import { isWrittenLower } from './shouted-words';

// A semicolon opens a clause that English and French write in lower case: a capital after it is the word's own
// ("…on Friday; Ryanair and…"). A colon proves nothing ("Summary: Choose…").
const CLAUSE_MARKS = new Set([';']);

// Shapes of English and French common words opening sentences: "Getting", "Asked", "Finally", « Concernant ».
const COMMON_SHAPE = /(?:ing|ed|ly|ant|ment)$/;

// One word, a capital and lower-case letters ("Ryanair"; "iPhone" and "EasyJet" have their shape's evidence).
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;

/** Opens a clause after a semicolon. */
const afterSemicolon = (m: Mention): boolean => !m.initial && CLAUSE_MARKS.has(m.before[0] ?? '');

/**
 * One capitalised word (`key`, folded) written twice or more outside headlines (`body`), each time opening a
 * sentence, once at least after a semicolon, in French or English: a name when the text never writes it in lower
 * case, inflected or not, and it is no function word, adverb, preposition, kind of body ("Rivals") nor shaped like
 * a verb's form. Sentence starts alone prove nothing ("Sprinkle", "Overall", "Advantages").
 */
export function isOpenerOnlyName(
  key: string,
  surfaces: readonly string[],
  body: readonly Mention[],
  ev: TextEvidence,
): boolean {
  if (
    !ev.fullLanguage ||
    body.length < 2 ||
    key.length < 4 ||
    !body.every((m) => m.initial || afterSemicolon(m))
  )
    return false;
  if (!body.some(afterSemicolon)) return false;
  if (!surfaces.every((s) => CAPITALISED.test(s))) return false;
  if (STOPWORDS.has(key) || COMMON_SHAPE.test(key) || isWrittenLower(key, ev.lower)) return false;
  return (
    !isOpeningAdverb(key, ev.lang) &&
    !isOpeningPrepositionOrContact(key, ev.lang) &&
    !isDescriptorOpener(key, ev.lang)
  );
}
