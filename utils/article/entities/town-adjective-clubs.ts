// « le Stade toulousain » … « Toulouse mène 19-17 », « l'Olympique lyonnais » … « Lyon »: French clubs take their
// town's adjective, and the match report then names the side by its town. The town alone is the club, unless the
// article sets things there more often than not (« à Toulouse »).
import { placePrepositions } from './direction-names';
import { CLUB_FIRST, COUNTRY_NAMES, PLACES } from './gazetteer';
import type { MergePass } from './merge-pass';

// Letters an adjective may change at the town's end: « Toulous-e » → « toulous-ain », « Nant-es » → « nant-ais ».
const CHANGED_END = 2;
const MIN_STEM = 4;
// Endings of a town's adjective in French: « toulousain », « lyonnais », « brestois », « parisien ».
export const ADJECTIVE_END = /(?:ain|ais|ois|ien|in)$/;

/** `adjective` is the town's: it ends as one, and shares the town's letters but for the last two at most. */
export function isTownAdjective(adjective: string, town: string): boolean {
  if (!ADJECTIVE_END.test(adjective) || town.includes(' ')) return false;
  let n = 0;
  while (n < town.length && adjective[n] === town[n]) n++;
  return n >= MIN_STEM && n >= town.length - CHANGED_END;
}

/** A two-word "Stade toulousain" key: a club word, then what may be a town's adjective. */
const clubKey = (k: string): boolean => {
  // One space, found without splitting every key of the text.
  const space = k.indexOf(' ');
  return space >= 0 && !k.includes(' ', space + 1) && CLUB_FIRST.has(k.slice(0, space));
};

/** The group holds a club and its town (joined below): the town names the side, so the group is no place. */
export function joinsTownToClub(keys: ReadonlySet<string>): boolean {
  const clubs = [...keys].filter(clubKey);
  return [...keys].some((t) => PLACES.has(t) && clubs.some((c) => isTownAdjective(c.split(' ')[1] ?? '', t)));
}

/** Joins a known town (no country) to the one club named "Stade <its adjective>", "Olympique <...>"... */
export const mergeTownAdjectiveClubs: MergePass = (keys, byKey, uf) => {
  const clubs = keys.filter(clubKey);
  if (clubs.length === 0) return;
  // French names these clubs: « à Toulouse » sets things there (English "in" is in the set too).
  const set = placePrepositions('fr');
  for (const town of keys) {
    if (!PLACES.has(town) || COUNTRY_NAMES.has(town)) continue;
    const ms = byKey.get(town) ?? [];
    const mine = clubs.filter((c) => isTownAdjective(c.split(' ')[1] ?? '', town));
    if (ms.length === 0 || mine.length !== 1 || !mine[0]) continue;
    const located = ms.filter((m) => set.has(m.before[0] ?? '')).length;
    if (2 * located < ms.length) uf.union(town, mine[0]);
  }
};
