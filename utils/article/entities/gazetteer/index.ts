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
  LEGISLATURE_NAMES,
  MARKET_LAST,
  MEDIA,
  MEDIA_WORDS,
  ORG_WORDS,
  ORGANIZATIONS,
} from './organizations';
export {
  EAST_ASIAN_SURNAMES,
  GIVEN_NAMES,
  HYPHENATED_GIVEN_SURNAMES,
  isTwoSyllableGivenName,
  PARTICLE_GIVEN_NAMES,
} from './people';
export { COUNTRY_NAMES, isPlaceIn, PLACES, US_STATE_ABBREVIATIONS } from './places';
export { GROUP_WORDS, GROUPS, PRODUCT_WORDS, PRODUCTS, WORD_PRODUCTS } from './products';
export {
  DIRECTION_WORDS,
  NOT_PERSON_WORDS,
  NUMBERED_ORDINAL,
  ORDINALS,
  PLACE_PREFIXES,
  PLACE_WORDS,
  VENUE_WORDS,
} from './words';

import { ORGANIZATIONS } from './organizations';
import { PLACES } from './places';
import { GROUPS, PRODUCTS } from './products';

/** A known place, organisation, product or group, by its folded key. */
export function isKnownName(key: string): boolean {
  return PLACES.has(key) || ORGANIZATIONS.has(key) || PRODUCTS.has(key) || GROUPS.has(key);
}

/** Every run of a known name's first words, for the names of two words or more ("palo", "palo alto"). */
let knownOpenings: Set<string> | null = null;

/**
 * True when a known name of two words or more starts with the words of `key` (then a space): most names the
 * text spells are not the start of one, and need no longer key looked up. Built on first use, from the lists.
 */
export function opensKnownName(key: string): boolean {
  if (!knownOpenings) {
    knownOpenings = new Set();
    for (const names of [PLACES, ORGANIZATIONS, PRODUCTS, GROUPS])
      for (const name of names)
        for (let at = name.indexOf(' '); at !== -1; at = name.indexOf(' ', at + 1))
          knownOpenings.add(name.slice(0, at));
  }
  return knownOpenings.has(key);
}
