// "the Post Office on Listley Street", "the Red Lion on Mill Road": "on" after a body's head joins its remit
// ("Joint Committee on Intelligence"), but a street after it is where the branch stands: two names.
import type { Token } from './tokenize';

// The words that close a street's name.
const STREET_WORDS = new Set(['street', 'road', 'avenue', 'lane', 'boulevard', 'drive', 'terrace']);
const MAX_STREET_WORDS = 3;

/** Whether tokens[at] is "on" before one to three capitalised words closed by a street's word. */
export function opensStreetAfterOn(tokens: readonly Token[], at: number): boolean {
  const connector = tokens[at];
  if (connector?.text !== 'on') return false;
  for (let k = at + 1; k <= at + MAX_STREET_WORDS; k++) {
    const t = tokens[k];
    if (!t?.nameLike || t.stop || t.sentence !== connector.sentence) return false;
    const next = tokens[k + 1];
    const ends = !next?.nameLike || next.stop || next.sentence !== connector.sentence;
    if (ends) return k > at + 1 && STREET_WORDS.has(t.folded);
  }
  return false;
}
