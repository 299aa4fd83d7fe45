import { PLACES } from './gazetteer';
import type { Token } from './tokenize';

// « la Suisse romande », « l’Amérique latine », « l’Europe centrale »: French writes the adjective of a known region
// in lower case after its place's name; the two words are the region (« La réunion » is no place and an adjective).

/** One past the lower-case adjective completing the known region that tokens[start..end) ends with, or `end`. */
export function regionAdjectiveEnd(tokens: readonly Token[], start: number, end: number): number {
  const place = tokens[end - 1];
  const next = tokens[end];
  if (end - start > 2 || !place || !PLACES.has(place.folded)) return end;
  if (!next?.isWord || next.capital || next.sentence !== place.sentence) return end;
  return PLACES.has(`${place.folded} ${next.folded}`) ? end + 1 : end;
}
