import {
  CLUB_LAST,
  DIRECTION_WORDS,
  EVENT_WORDS,
  GIVEN_NAMES,
  isDemonymWord,
  MEDIA_WORDS,
  NOT_PERSON_WORDS,
  ORG_WORDS,
  ORGANIZATIONS,
  PLACE_PREFIXES,
  PLACES,
  PRODUCTS,
} from './gazetteer';
import { CONNECTORS } from './lexicon';

const words = (key: string): string[] => key.split(' ');
const DECLINED_ADJECTIVE = /^\p{Ll}{2,}(?:isch|lich|sch)(?:e|en|er|es|em)$/u;

/** Two or three plain words, none of which says organisation, place, event or product. */
export function isPersonShaped(key: string): boolean {
  const ws = words(key);
  if (ws.length < 2 || ws.length > 3 || /\d/.test(key)) return false;
  const first = ws[0] ?? '';
  const last = ws.at(-1) ?? '';
  // "Claude Goasguen" is a person though Claude is also a product; "Arab Israeli" is two nationalities.
  const brand = (PRODUCTS.has(first) || ORGANIZATIONS.has(first)) && !GIVEN_NAMES.has(first);
  if (PLACES.has(key) || ORGANIZATIONS.has(key) || brand || ws.every(isDemonymWord)) return false;
  if (PLACE_PREFIXES.has(first) || DIRECTION_WORDS.has(first)) return false;
  // A declined German adjective opens names of bodies, never of people: "Deutsche Bahn", "Evangelisches Stift".
  if (DECLINED_ADJECTIVE.test(first) && !GIVEN_NAMES.has(first)) return false;
  if (EVENT_WORDS.has(last) || NOT_PERSON_WORDS.has(last) || MEDIA_WORDS.has(last) || CLUB_LAST.has(last))
    return false;
  // Initials stand only inside a name: "Marsha P. Johnson", not "J. Smith" or "Smith J".
  const initialsOk = ws.every((w, i) => w.length > 1 || (i > 0 && i < ws.length - 1));
  return initialsOk && ws.every((w) => !CONNECTORS.has(w) && !ORG_WORDS.has(w));
}
