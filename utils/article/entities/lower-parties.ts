// British papers write a party's name with "party" in lower case: "the Democratic Progressive party", "the
// Scottish National party", "the Chinese Communist party". The adjectives alone are not what the article names.
import { isDemonymWord } from './gazetteer';
import type { Token } from './tokenize';

// The shape of the adjectives parties are named with: Democratic, Progressive, National, Communist, Republican.
const PARTY_ADJECTIVE = /(?:ic|ive|al|ist|an)$/;

/**
 * One past a lower-case "party" after a name ending at `end` whose last word is an adjective, else `end`. A people's
 * word alone ("an American party") says whose party it is, not its name.
 */
export function lowerPartyEnd(tokens: readonly Token[], start: number, end: number): number {
  const party = tokens[end];
  if (party?.text !== 'party') return end;
  const last = tokens[end - 1] as Token;
  if (last.sentence !== party.sentence || last.loud || !PARTY_ADJECTIVE.test(last.folded)) return end;
  return end - start === 1 && isDemonymWord(last.folded) ? end : end + 1;
}
