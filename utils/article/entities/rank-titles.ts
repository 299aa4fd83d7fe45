// "Maj Gen Enrico Barduani", "Det Ch Insp Mark Kitson": British and Commonwealth news shorten ranks without a full
// stop, several in a row, before a full name. They are the person's titles, no part of the name.
import { TITLE_ABBREVIATIONS } from './lexicon';
import type { Token } from './tokenize';

/** Shortened ranks written without a full stop, besides those of TITLE_ABBREVIATIONS: "Ch", "Maj", "Brig". */
const MORE_RANKS = new Set(['ch', 'maj', 'brig']);

const isRank = (t: Token | undefined): boolean =>
  t !== undefined && (TITLE_ABBREVIATIONS.has(t.folded) || MORE_RANKS.has(t.folded));

/**
 * tokens[a] opens a run of shortened ranks followed by two words of a name at least (tokens before `b`), the first
 * one a word: "Gen Z Media" and "Det Smith" keep their first word.
 */
export function opensRanks(tokens: readonly Token[], a: number, b: number): boolean {
  if (!isRank(tokens[a]) || tokens[a + 1]?.text === '.') return false;
  let i = a;
  while (i < b && isRank(tokens[i])) i++;
  return b - i >= 2 && /^\p{Lu}\p{Ll}+/u.test(tokens[i]?.text ?? '');
}
