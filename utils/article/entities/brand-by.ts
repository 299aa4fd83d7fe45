import { ORGANIZATIONS } from './gazetteer';
import type { Token } from './tokenize';

// French borrows English's « X by Y » for a brand its maker signs (« RED by SFR », « B&You by Bouygues »): one
// name, when the maker after « by » is a body the reader knows or the text names on its own too.

const isMaker = (t: Token | undefined, sentence: number): t is Token =>
  t?.sentence === sentence && t.nameLike && !t.headline && !t.stop;

/** Whether `maker` is named elsewhere in the text, not after « by » (a scan, run only at a rare « by »). */
function namedElsewhere(tokens: readonly Token[], at: number): boolean {
  const text = tokens[at]?.text;
  for (let i = 0; i < tokens.length; i++) {
    if (i !== at && tokens[i]?.text === text && tokens[i - 1]?.text !== 'by') return true;
  }
  return false;
}

/** Tokens of « by » and its maker at `at`, after the name ending there, else 0. */
export function brandByLength(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.text !== 'by') return 0;
  const sentence = tokens[at - 1]?.sentence ?? -1;
  const maker = tokens[at + 1];
  if (!isMaker(maker, sentence) || tokens[at]?.sentence !== sentence) return 0;
  return ORGANIZATIONS.has(maker.folded) || namedElsewhere(tokens, at + 1) ? 2 : 0;
}
