import { PLACES } from './gazetteer';
import { nameKey } from './normalize';
import { isNameToken } from './span';
import type { Token } from './tokenize';

// Words of the known place after the comma: "French Guiana", "New South Wales", "Pas-de-Calais".
const PLACE_WORDS = 3;

/**
 * Keys of the capitalised words written right before a comma and a known region or country: "Kourou, French
 * Guiana", « Rennaz, Vaud ». The text places the word in that region: a town's name, however seldom written.
 */
export function placedNames(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  tokens.forEach((t, i) => {
    if (!isNameToken(t) || tokens[i + 1]?.text !== ',' || isNameToken(tokens[i - 1])) return;
    const words: string[] = [];
    for (let j = i + 2; j < i + 2 + PLACE_WORDS && isNameToken(tokens[j]); j++) {
      words.push((tokens[j] as Token).text);
      if (PLACES.has(nameKey(words.join(' '))) && !isNameToken(tokens[j + 1])) {
        out.add(nameKey(t.text));
        return;
      }
    }
  });
  return out;
}
