// A body, competition or programme named in full, then by its last words: "Concacaf Nations League" and later
// "Nations League", "New York City Public Housing Preservation Trust" and "Preservation Trust".
import { least } from '@/utils/shared/extremes';
import { firstOffset } from './first-offset';
import { DIRECTION_WORDS, GIVEN_NAMES, isDemonymWord, PLACE_PREFIXES, PLACES } from './gazetteer';
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

// The article before a head noun standing for the one body it opens: "the House", « la Chambre », « la Cour ».
const THE = new Set(['the', 'le', 'la', 'l']);
// The connector after the head noun in the body's full name: "House of Commons", « Cour de cassation ».
const OF = new Set(['of', 'de', 'du', 'des', 'd']);

/**
 * Joins a one-word name always written after "the" (« la », « le ») to the one longer name of the article that
 * opens with it and a connector, written before it: "House of Commons" … "sent back to the House", « la Cour de
 * cassation » … « la Cour ». Not a known place, nor a word that opens two such names.
 */
export const mergeArticledHeads: MergePass = (keys, byKey, uf) => {
  const byHead = new Map<string, string[]>();
  for (const k of keys) {
    const [head = '', of = '', ...rest] = k.split(' ');
    if (rest.length > 0 && OF.has(of)) byHead.set(head, [...(byHead.get(head) ?? []), k]);
  }
  for (const k of keys) {
    const full = byHead.get(k);
    const ms = byKey.get(k) ?? [];
    if (!full || PLACES.has(k) || ms.length === 0 || !ms.every((m) => THE.has(m.before[0] ?? ''))) continue;
    if (new Set(full.map((f) => uf.find(f))).size > 1 || uf.find(k) !== k) continue;
    const [one = ''] = full;
    if (firstOffset(byKey.get(one)) < firstOffset(ms)) uf.union(k, one);
  }
};

/**
 * Joins a one-word plural name to the one body of the article named "<Head> of <it>": "House of Lords" … "the
 * Lords", "House of Commons" … "the Commons". Not a known place ("University of Athens" is no "Athens"), a given
 * name, nor a title's ("Duke of Connors"), nor a word two such bodies end with.
 */
export const mergePluralTails: MergePass = (keys, byKey, uf) => {
  const byTail = new Map<string, string[]>();
  for (const k of keys) {
    const [head = '', of = '', tail = '', ...rest] = k.split(' ');
    if (rest.length === 0 && of === 'of' && tail.endsWith('s') && !PERSON_TITLES.has(head))
      byTail.set(tail, [...(byTail.get(tail) ?? []), k]);
  }
  if (byTail.size === 0) return;
  for (const [tail, full] of byTail) {
    if (full.length > 1 || !byKey.has(tail) || PLACES.has(tail) || GIVEN_NAMES.has(tail)) continue;
    uf.union(tail, full[0] ?? '');
  }
};
