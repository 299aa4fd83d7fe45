// "Fin Smith pulled the strings…", "Mark Jones said…", then "Smith", "Jones" alone: English opens a sentence with a
// given name that is also an ordinary word ("Fin", "Will", "Hope", "Mark", "Jack"). Its capital says nothing and the
// word is written in lower case elsewhere, so the name would lose it; a surname capitalised again inside sentences
// after it, never written after the word in lower case ("will Smith"), says it is the person's given name.
import { midSentenceCapitals } from './evidence';
import {
  GIVEN_NAMES,
  isDemonymWord,
  ORG_WORDS,
  ORGANIZATIONS,
  PARTICLE_GIVEN_NAMES,
  PLACE_WORDS,
  PLACES,
} from './gazetteer';
import type { Token } from './tokenize';

// A capitalised word and nothing else: "Smith", not "SMITH" nor "McIvor".
const WORD = /^\p{Lu}\p{Ll}+$/u;

// Given names read as function words by the stopword lists ("Fin", French « fin »), besides PARTICLE_GIVEN_NAMES.
const STOP_GIVEN_NAMES = new Set(['fin']);

/** Sentence-opening given names found by `markOpeningGivenWords`, for the span's first word (see dropsFirst). */
const OPENING = new WeakSet<Token>();

/** Whether the token was marked as a given name opening a sentence before its surname. */
export const isOpeningGivenWord = (t: Token): boolean => OPENING.has(t);

const isGivenWord = (w: string): boolean =>
  GIVEN_NAMES.has(w) || PARTICLE_GIVEN_NAMES.has(w) || STOP_GIVEN_NAMES.has(w);

const isSurnameWord = (t: Token | undefined): t is Token =>
  t !== undefined &&
  !t.stop &&
  WORD.test(t.text) &&
  !GIVEN_NAMES.has(t.folded) &&
  !PLACES.has(t.folded) &&
  !ORGANIZATIONS.has(t.folded) &&
  !ORG_WORDS.has(t.folded) &&
  !PLACE_WORDS.has(t.folded) &&
  !isDemonymWord(t.folded);

/**
 * Marks, in English, a sentence's first word that is a given name (known, or an ordinary word that is one: "Will",
 * "Hope", "Fin") before exactly one capitalised surname-like word written with a capital inside two sentences at
 * least, when the text never writes the first word in lower case before it. Such a word is no longer a stop.
 */
export function markOpeningGivenWords(tokens: Token[]): void {
  let caps: Map<string, number> | undefined;
  let lowerPairs: Set<string> | undefined;
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i] as Token;
    if (!t.initial || t.headline || !isGivenWord(t.folded) || !WORD.test(t.text)) continue;
    const next = tokens[i + 1];
    if (!isSurnameWord(next) || next.sentence !== t.sentence || next.headline) continue;
    const after = tokens[i + 2];
    if (after?.sentence === t.sentence && after.capital && after.isWord) continue; // a longer name
    caps ??= midSentenceCapitals(tokens);
    if ((caps.get(next.folded) ?? 0) < 2) continue;
    // "Will Trump sign it?", "Can Johnson survive?": a modal opens the question, no given name.
    if (endsWithQuestion(tokens, i)) continue;
    lowerPairs ??= lowerBeforeCapital(tokens);
    if (lowerPairs.has(`${t.folded} ${next.folded}`)) continue;
    t.stop = false;
    OPENING.add(t);
  }
}

/** Whether the sentence of `tokens[i]` ends with a question mark. */
function endsWithQuestion(tokens: Token[], i: number): boolean {
  const sentence = tokens[i]?.sentence;
  let last = i;
  while (tokens[last + 1]?.sentence === sentence) last++;
  return tokens[last]?.text === '?';
}

/** "will Smith": the pairs of a lower-case word and the capitalised word right after it, folded. */
function lowerBeforeCapital(tokens: Token[]): Set<string> {
  const pairs = new Set<string>();
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i] as Token;
    const next = tokens[i + 1] as Token;
    if (t.isWord && !t.capital && next.capital && next.sentence === t.sentence)
      pairs.add(`${t.folded} ${next.folded}`);
  }
  return pairs;
}
