// A body, competition or programme named in full, then by its last words: "Concacaf Nations League" and later
// "Nations League", "New York City Public Housing Preservation Trust" and "Preservation Trust".
import { least } from '@/utils/shared/extremes';
import { firstOffset } from './first-offset';
import { DIRECTION_WORDS, isDemonymWord, PLACE_PREFIXES, PLACES } from './gazetteer';
import { CONNECTORS, PERSON_TITLES } from './lexicon';
import type { MergePass } from './merge-pass';
import { isPersonShaped } from './person-shape';
import { byWordSuffix } from './word-suffixes';

/**
 * Joins a name of two words or more to the one longer name of the article that ends with it and is written
 * before it. Not after a connector ("Western District of New York" is not "New York") or a direction
 * ("Western New York"), not a known place, not people (see mergePartsOfNames), not when two longer names end
 * alike ("UEFA Nations League", "Concacaf Nations League").
 */
export const mergeShortBodyNames: MergePass = (keys, byKey, uf) => {
  const ending = byWordSuffix(keys);
  for (const k of keys) {
    // "West Division" names a part of many leagues, not short for the one "Mid-American Conference West Division".
    // People with a title are joined as people ("Madam Curie"; see mergePartsOfNames).
    const generic = DIRECTION_WORDS.has(k.split(' ')[0] ?? '') || PERSON_TITLES.has(k.split(' ')[0] ?? '');
    if (!k.includes(' ') || generic || PLACES.has(k) || isPersonShaped(k) || !byKey.has(k)) continue;
    const longer = (ending.get(k) ?? []).filter((f) => {
      const before =
        f
          .slice(0, -k.length - 1)
          .split(' ')
          .at(-1) ?? '';
      // "Scottish Labour Party" is a branch of the "Labour Party", not its full name.
      const branch = isDemonymWord(before);
      return (
        !CONNECTORS.has(before) && !DIRECTION_WORDS.has(before) && !PLACE_PREFIXES.has(before) && !branch
      );
    });
    if (longer.length === 0 || new Set(longer.map((f) => uf.find(f))).size > 1) continue;
    const first = least(longer.map((f) => firstOffset(byKey.get(f))));
    if (longer.some(isPersonShaped) || first > firstOffset(byKey.get(k))) continue;
    uf.union(k, longer[0] ?? '');
  }
};
