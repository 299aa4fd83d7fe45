// "Dancing With The Stars", "Keeping Up With The Joneses": English writes the titles of shows and works with
// capitalised function words, which inside a sentence belong to the title.
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

function writtenTwice(tokens: readonly Token[], words: readonly string[]): boolean {
  let seen = 0;
  for (let i = 0; i + words.length <= tokens.length && seen < 2; i++) {
    if (words.every((w, k) => tokens[i + k]?.text === w)) seen++;
  }
  return seen >= 2;
}
