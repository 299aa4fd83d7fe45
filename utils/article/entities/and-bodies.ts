// "the Work and Pensions Committee", "the Ways and Means Committee": a body named by two words joined by "and".
import { ORG_WORDS, ORGANIZATIONS, PLACES } from './gazetteer';
import type { Token } from './tokenize';

const MAX_AFTER = 3;

/**
 * After "the" and one capitalised word, "and" joins the words that follow it when they close a body's name
 * ("the Energy and Commerce Committee"): not after a known place or organisation ("the UK and European
 * Commission" lists two), not after a word joined already.
 */
export function joinsBodyAfterAnd(tokens: readonly Token[], start: number, at: number): boolean {
  const left = tokens[start];
  const connector = tokens[at];
  if (!left || connector?.text !== 'and' || at !== start + 1 || tokens[start - 1]?.text !== 'the')
    return false;
  if (PLACES.has(left.folded) || ORGANIZATIONS.has(left.folded) || ORG_WORDS.has(left.folded)) return false;
  let j = at + 1;
  while (j - at <= MAX_AFTER && isCapitalised(tokens[j], connector.sentence)) j++;
  // Two words at least after "and", the last a body's ("Pensions Committee"), then no more capitals.
  return (
    j - at > 2 && ORG_WORDS.has(tokens[j - 1]?.folded ?? '') && !isCapitalised(tokens[j], connector.sentence)
  );
}

const isCapitalised = (t: Token | undefined, sentence: number): boolean =>
  t?.nameLike === true && !t.headline && !t.stop && t.sentence === sentence;
