// "Dancing With The Stars", "Keeping Up With The Joneses": English writes the titles of shows and works with
// capitalised function words, which inside a sentence belong to the title.
import { GIVEN_NAMES, isKnownName } from './gazetteer';
import { FURNITURE } from './lexicon';
import type { Token } from './tokenize';

const MAX_STOPS = 2;

/**
 * At `at`, how many capitalised function words ("With The") inside a sentence join the name begun inside it to
 * the capitalised word after them: one or two, when the article writes those words so more than once (a title it
 * names again, not a one-off role, "the Artist In Residence", or heading). Not at a sentence's start, where a
 * lost full stop may leave "Berlin The"; never "Or", which lists.
 */
export function titleCaseStops(tokens: readonly Token[], start: number, at: number): number {
  const first = tokens[start];
  if (!first || first.initial) return 0;
  let n = 0;
  while (n < MAX_STOPS && isCapitalisedStop(tokens[at + n], first.sentence)) n++;
  const next = tokens[at + n];
  const name = next?.nameLike === true && !next.stop && !next.headline && next.sentence === first.sentence;
  if (n === 0 || !name) return 0;
  const words = tokens.slice(at - 1, at + n + 1).map((t) => t.text);
  return writtenTwice(tokens, words) ? n : 0;
}

const isCapitalisedStop = (t: Token | undefined, sentence: number): boolean =>
  t?.stop === true &&
  t.folded !== 'or' &&
  !t.headline &&
  t.sentence === sentence &&
  /^\p{Lu}\p{Ll}+$/u.test(t.text);

export function writtenTwice(tokens: readonly Token[], words: readonly string[]): boolean {
  let seen = 0;
  for (let i = 0; i + words.length <= tokens.length && seen < 2; i++) {
    if (words.every((w, k) => tokens[i + k]?.text === w)) seen++;
  }
  return seen >= 2;
}

// "Splendour in the Grass", "Groovin the Moo", "Cycle to Work": English writes the small words of some names in
// lower case; a preposition, a preposition and "the", or "the" alone.
const LOWER_PREPOSITIONS = new Set(['in', 'on', 'of', 'to', 'at', 'for', 'with', 'under']);

// A word written as words are, with one capital ("CEOs of Portvale" opens with an acronym's plural).
const WORD = /^\p{Lu}\p{Ll}+$/u;

// How often each word is written, per token list (built once, on the first lower-case bridge looked at).
const WRITTEN = new WeakMap<readonly Token[], Map<string, number>>();

/** How often each word of `tokens` is written (its text as it is). */
export function writtenCounts(tokens: readonly Token[]): Map<string, number> {
  let counts = WRITTEN.get(tokens);
  if (!counts) {
    counts = new Map();
    for (const t of tokens) if (t.isWord) counts.set(t.text, (counts.get(t.text) ?? 0) + 1);
    WRITTEN.set(tokens, counts);
  }
  return counts;
}

/**
 * At `at`, how many lower-case small words join the name's first word, before them, to the capitalised word after
 * them: when the text writes the whole run at least twice and neither capitalised word ever without the other
 * ("Paris to London" is two names: each is written on its own elsewhere); neither may be a name the gazetteer
 * knows or a given name, nor the run follow "from" or "between" ("trains from Leeds to York": a route), nor end
 * on page furniture ("Letters to the Editor"). A longer name before them ("Bay Times Letters to…") is left.
 */
export function lowerTitleStops(tokens: readonly Token[], start: number, at: number): number {
  const before = tokens[at - 1];
  const first = tokens[at];
  if (start !== at - 1 || !before || !first || first.capital || before.possessive || !WORD.test(before.text))
    return 0;
  const n = smallWords(tokens, at);
  const next = tokens[at + n];
  if (
    n === 0 ||
    next?.nameLike !== true ||
    next.stop ||
    next.headline ||
    !WORD.test(next.text) ||
    next.sentence !== before.sentence ||
    tokens[at + n - 1]?.sentence !== before.sentence
  )
    return 0;
  const lead = tokens[at - 2]?.folded;
  if (
    lead === 'from' ||
    lead === 'between' ||
    GIVEN_NAMES.has(before.folded) ||
    isKnownName(before.folded) ||
    isKnownName(next.folded) ||
    FURNITURE.has(next.folded)
  )
    return 0;
  const counts = writtenCounts(tokens);
  const times = counts.get(before.text) ?? 0;
  if (times < 2 || counts.get(next.text) !== times) return 0;
  const words = tokens.slice(at - 1, at + n + 1).map((t) => t.text);
  return writtenTimes(tokens, words, times) === times ? n : 0;
}

/** How many small words open at `at`: "the", a preposition, or a preposition and "the"; else none. */
function smallWords(tokens: readonly Token[], at: number): number {
  const w = tokens[at]?.text ?? '';
  if (w === 'the') return 1;
  if (!LOWER_PREPOSITIONS.has(w)) return 0;
  return tokens[at + 1]?.text === 'the' ? 2 : 1;
}

function writtenTimes(tokens: readonly Token[], words: readonly string[], most: number): number {
  let seen = 0;
  for (let i = 0; i + words.length <= tokens.length && seen <= most; i++) {
    if (words.every((w, k) => tokens[i + k]?.text === w)) seen++;
  }
  return seen;
}
