import { isDescriptorOpener } from './descriptor-openers';
import {
  COUNTRY_NAMES,
  DIRECTION_WORDS,
  GIVEN_NAMES,
  isDemonymWord,
  PLACE_PREFIXES,
  PLACE_WORDS,
  PLACES,
} from './gazetteer';
import { words } from './gazetteer/set';
import { CONNECTORS } from './lexicon';
import { isOpeningAdverb } from './sentence-openers';
import type { Token } from './tokenize';
import { writtenAgain } from './written-again';

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

// Words before a country's name that qualify the country or its side, never a field its national body is named
// for: "Former England captain", "Two Australia players", "Top Belarus officials", "Hosts France", "Victorian
// England", "Corporate America", "Fine Bone China".
const COUNTRY_QUALIFIERS = words(`former ex current future new next last late then outgoing incoming
one two three four five six seven eight nine ten eleven twelve top senior leading key major host hosts champion
champions holders defending reigning neighbours visitors favourites opponents like unlike mainland metropolitan
rural regional urban remote global modern ancient medieval victorian edwardian elizabethan georgian tudor colonial
imperial soviet nazi communist corporate brexit bone`);
/** A word that qualifies a name written after it, never part of it ("Former Leeds", "Hosts France"). */
export const isNameQualifier = (w: string): boolean => COUNTRY_QUALIFIERS.has(w);

// Countries whose names are common words too ("Roast Turkey", "Beef Chili" of a French name, "Contact Us").
const COMMON_COUNTRY_WORDS = words('turkey chili guinea us');

/**
 * "Sport England", "Tennis Australia", "Cancer Research UK", "Tourism New Zealand": ordinary words (no place's,
 * direction's, initial, given name nor qualifier of the country's, see COUNTRY_QUALIFIERS) before a country's
 * name name the country's national body for them, never the country. `ws`: the folded words of the name.
 */
export function namesNationalBody(ws: readonly string[]): boolean {
  const n = ws.length;
  if (COMMON_COUNTRY_WORDS.has(ws[n - 1] ?? '')) return false;
  const tail = COUNTRY_NAMES.has(ws[n - 1] ?? '')
    ? n - 1
    : n > 2 && COUNTRY_NAMES.has(`${ws[n - 2]} ${ws[n - 1]}`)
      ? n - 2
      : 0;
  if (tail < 1 || PLACES.has(ws.join(' '))) return false;
  const first = ws[0] ?? '';
  if (GIVEN_NAMES.has(first) || COUNTRY_QUALIFIERS.has(first)) return false;
  // "S. Korea", "N. Ireland": an initial shortens a direction.
  for (let k = 0; k < tail; k++) if ((ws[k]?.length ?? 0) < 2 || placeLike(ws[k] ?? '')) return false;
  return true;
}

/**
 * "Tennis Australia said…", "Cancer Research UK warned…": at a sentence's start, the first word of tokens[a..b) is
 * the national body's (see namesNationalBody), though the text writes it in lower case too ("tennis", "cancer"),
 * unless it is an adverb or a descriptor ("Rivals"). English text only.
 */
export function opensNationalBody(tokens: readonly Token[], a: number, b: number): boolean {
  const last = tokens[b - 1]?.folded ?? '';
  const pair = `${tokens[b - 2]?.folded} ${last}`;
  if (b - a < 2 || (!COUNTRY_NAMES.has(last) && !COUNTRY_NAMES.has(pair))) return false;
  const first = tokens[a]?.folded ?? '';
  if (isOpeningAdverb(first, 'en') || isDescriptorOpener(first, 'en')) return false;
  // "Brave England were beaten", "Resurgent Ireland beat Wales": sports writing opens a sentence with a side and
  // its epithet; a body's name is written so again.
  return namesNationalBody(tokens.slice(a, b).map((t) => t.folded)) && writtenAgain(tokens, a, b);
}

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
  if (namesNationalBody(ws)) return true;
  for (let k = 1; k < ws.length; k++) {
    if (!isPlaceTail(ws.slice(k))) continue;
    // Two words: a surname can close a name as a town does ("Clark Kent"), so the first must be an ordinary
    // word, which the text writes in lower case too ("One Manchester").
    return !ws.slice(0, k).some(placeLike) && (ws.length > 2 || lowerWord(ws[0] ?? ''));
  }
  return false;
}
