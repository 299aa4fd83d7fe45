// « revendre en France TVA comprise », "sold in Britain VAT included": after a preposition of place, a country
// and an acronym the text runs on to are two things, the country and a term of the sentence.
import { isKnownName, PLACES } from './gazetteer';
import type { Token } from './tokenize';

type Run = [number, number];

const PLACE_PREPOSITIONS = new Set(['en', 'au', 'aux', 'in']);

/** Runs of a known place and an acronym after a preposition of place, cut between the two. */
export function cutPlaceAcronyms(tokens: readonly Token[], runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  for (const [a, b] of runs) {
    const place = tokens[a];
    const acronym = tokens[a + 1];
    if (
      b - a === 2 &&
      place &&
      acronym?.loud === true &&
      PLACE_PREPOSITIONS.has(tokens[a - 1]?.text ?? '') &&
      PLACES.has(place.folded) &&
      !isKnownName(`${place.folded} ${acronym.folded}`)
    ) {
      out.push([a, a + 1], [a + 1, b]);
    } else out.push([a, b]);
  }
  return out;
}
