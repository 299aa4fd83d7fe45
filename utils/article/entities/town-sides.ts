import type { EntityType } from '@/utils/article/types';
import { COUNTRY_NAMES } from './gazetteer';
import type { EntityGroup } from './group';
import { LOCATIVE, scoredSide, sideCue } from './side-cue';
import { isClubOf } from './town-clubs';

// Sports news names clubs after their towns ("Nice", "Cleveland", "Karlsruhe"): a town that plays, wins and is
// played for is its side. A country's side stays a place, as news and its readers write it ("France beat Italy").

/** Two mentions read like a side's at least, a single cue proves nothing. */
const MIN_CUES = 2;

/**
 * Types as organisations the towns (places that are no country) written as sides: two of their mentions read
 * like a side's and most are not where something happens ("in Seattle"). `types[i]` is the type of `groups[i]`;
 * returns new types.
 */
export function typeTownSides(groups: EntityGroup[], types: EntityType[]): EntityType[] {
  return types.map((t, i) => {
    const g = groups[i] as EntityGroup;
    // A town joined to its club (see mergeTownClubs) is the club.
    const club = [...g.keys].some((k) => [...g.keys].some((c) => c !== k && isClubOf(c, k)));
    if (club && (t === 'place' || t === 'other')) return 'organization';
    // A one-word name left untyped (a town the gazetteer does not know, or whose side's and own cues cancelled
    // out) is tried as a side too, once a game's score follows it: "home" and "lead" follow children and parties.
    const untyped =
      t === 'other' && [...g.keys].every((k) => !k.includes(' ')) && g.mentions.some(scoredSide);
    if ((t !== 'place' && !untyped) || [...g.keys].some((k) => COUNTRY_NAMES.has(k))) return t;
    const cues = g.mentions.filter(sideCue).length;
    const located = g.mentions.filter((m) => LOCATIVE.has(m.before[0] ?? '')).length;
    return cues >= MIN_CUES && 2 * located < g.mentions.length ? 'organization' : t;
  });
}
