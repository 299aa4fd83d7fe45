// Small gazetteers (tens of kB): places, organisations, products, given names, nationalities and the words that
// mark each kind. Keys are folded like nameKey() (lower case, no accents, hyphens and apostrophes as spaces).
export { frenchForms, isDemonymWord, isFrenchDemonym } from './demonyms';
export { isGermanPlaceAdjective } from './german-place-adjectives';
export {
  BODY_ACRONYMS,
  CLUB_FIRST,
  CLUB_LAST,
  CLUB_NAME_WORDS,
  EVENT_WORDS,
  INSTITUTIONS,
  MARKET_LAST,
  MEDIA,
  MEDIA_WORDS,
  ORG_WORDS,
  ORGANIZATIONS,
} from './organizations';
export {
  EAST_ASIAN_SURNAMES,
  GIVEN_NAMES,
  HYPHENATED_GIVEN_NAME,
  HYPHENATED_GIVEN_SURNAMES,
  PARTICLE_GIVEN_NAMES,
} from './people';
export { COUNTRY_NAMES, PLACES, US_STATE_ABBREVIATIONS } from './places';
export { GROUP_WORDS, GROUPS, PRODUCT_WORDS, PRODUCTS, WORD_PRODUCTS } from './products';
export {
  DIRECTION_WORDS,
  NOT_PERSON_WORDS,
  NUMBERED_ORDINAL,
  ORDINALS,
  PLACE_PREFIXES,
  PLACE_WORDS,
} from './words';

import { ORGANIZATIONS } from './organizations';
import { PLACES } from './places';
import { GROUPS, PRODUCTS } from './products';

/** A known place, organisation, product or group, by its folded key. */
export function isKnownName(key: string): boolean {
  return PLACES.has(key) || ORGANIZATIONS.has(key) || PRODUCTS.has(key) || GROUPS.has(key);
}
