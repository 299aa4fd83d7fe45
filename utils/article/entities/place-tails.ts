import {
  DIRECTION_WORDS,
  GIVEN_NAMES,
  isDemonymWord,
  PLACE_PREFIXES,
  PLACE_WORDS,
  PLACES,
} from './gazetteer';
import { CONNECTORS } from './lexicon';

// Words that open a place's own name before another place's ("Old Trafford", "Little Italy", "Bad Homburg",
// « Nouvelle-Calédonie »), as directions do ("West Midlands"): the whole is a place.
const PLACE_OPENERS = new Set(
  'old little great big royal mid middle far near downtown midtown uptown metro baja alta nova nueva nouvelle neu bad gross klein sankt'.split(
    ' ',
  ),
);

/** A known place, or a direction and a place word ("West Coast", "North Shore"). */
function isPlaceTail(ws: readonly string[]): boolean {
  if (PLACES.has(ws.join(' '))) return true;
  return ws.length === 2 && DIRECTION_WORDS.has(ws[0] ?? '') && PLACE_WORDS.has(ws[1] ?? '');
}

const placeLike = (w: string): boolean =>
  PLACE_WORDS.has(w) ||
  DIRECTION_WORDS.has(w) ||
  PLACE_PREFIXES.has(w) ||
  PLACE_OPENERS.has(w) ||
  CONNECTORS.has(w) ||
  PLACES.has(w) ||
  isDemonymWord(w);

/**
 * "Arts Council England", "Avanti West Coast", "One Manchester", "Inter Miami": words of the name's own, none a
 * place's, a direction's or a given name, then a known place (or a direction and a place word) closing it. Such
 * a name is a body, a firm or a side named for the place it serves, not the place ("West Midlands", "Old
 * Trafford" and "New South Wales" open with a place's word) nor a person ("Tom Holland" opens with a given
 * name). `key`: the folded name, written apart (a hyphen joins a place's parts: « Seine-Saint-Denis »);
 * `lowerWord`: whether the text writes a folded word in lower case.
 */
export function namedForPlace(key: string, lowerWord: (w: string) => boolean): boolean {
  const ws = key.split(' ');
  if (ws.length < 2 || PLACES.has(key) || GIVEN_NAMES.has(ws[0] ?? '')) return false;
  for (let k = 1; k < ws.length; k++) {
    if (!isPlaceTail(ws.slice(k))) continue;
    // Two words: a surname can close a name as a town does ("Clark Kent"), so the first must be an ordinary
    // word, which the text writes in lower case too ("One Manchester").
    return !ws.slice(0, k).some(placeLike) && (ws.length > 2 || lowerWord(ws[0] ?? ''));
  }
  return false;
}
