import type { EntityType } from '@/utils/article/types';
import { isCelestialBody } from './celestial-bodies';
import { namesWork } from './classify';
import { isCraft } from './craft-names';
import type { EntityGroup } from './group';
import { namesJournal } from './journal-names';
import { isLetterCode } from './letter-codes';
import { closedByLetters, closedByNumber, madeOfPlaces } from './not-person';
import { namedByCommonNoun } from './noun-places';
import { namesPartyOnly } from './party-names';
import { roadCodeGroups } from './road-codes';
import { namesVenue } from './venue-names';
import { namesStorm } from './weather-systems';

/**
 * The last word on types, once the page's layout has spread them (a list with a person in it makes people of its
 * items): a ship or a spacecraft (craft-names.ts), a planet or a moon (celestial-bodies.ts) and a place named by a
 * common noun where only the noun is meant (noun-places.ts: « La réunion a duré ») show no type, nor does a
 * letter code typed a place or a person (« en USB-C », letter-codes.ts) or a journal ("published in JAMA
 * Psychiatry", journal-names.ts), nor a storm ("Typhoon Nakri", « la tempête Ciarán », weather-systems.ts) nor a
 * work's title set in italics (classify.ts); a name closed by dotted letters ("Fontaines D.C.") or by a number
 * ("Body Scan 2"), or made of places ("Asia Pacific"), is no person; a road's code ("the M20 motorway",
 * road-codes.ts) is a place. A party's or its members' word ("Conservative", "Tories") is a body, never a person; a
 * venue's name ("Lee Valley Stadium", venue-names.ts) is a place, though a given name opens it; a colour word
 * ("Black and rural patients") is no place. A wrong label is worse than none.
 * `types[i]` is the type of `groups[i]`; `lower`: folded words written in lower case; returns new types.
 */
// "among Black and rural patients": a colour word written as a name says which people, never a place.
const COLOURS = new Set(['black', 'white', 'brown']);
const namesColour = (g: EntityGroup): boolean => [...g.keys].every((k) => COLOURS.has(k));

export function vetoTypes(
  groups: readonly EntityGroup[],
  types: readonly EntityType[],
  lower: ReadonlyMap<string, number>,
  lang: string,
): EntityType[] {
  const roads = roadCodeGroups(groups);
  return types.map((t, i) => {
    const g = groups[i];
    if (roads.has(i)) return 'place';
    if (!g || t === 'other') return t;
    if (isCraft(g) || isCelestialBody(g, lower, lang) || namesStorm(g) || namesWork(g)) return 'other';
    if (t === 'place' && (namedByCommonNoun(g, lower) || namesColour(g))) return 'other';
    if (t === 'person' && namesPartyOnly(g)) return 'organization';
    if (t === 'person' && namesVenue(g)) return 'place';
    if ((t === 'place' || t === 'person') && (isLetterCode(g) || namesJournal(g.mentions))) return 'other';
    return t === 'person' && (closedByLetters(g) || closedByNumber(g) || madeOfPlaces(g)) ? 'other' : t;
  });
}
