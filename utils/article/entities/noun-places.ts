// « La réunion a duré trois heures », "Turkey prices rose … the turkey": a known place named by a common noun
// of the language, written with a capital only where any word takes one (a sentence's start, a headline) or
// with the noun in lower case in it (« La réunion »), while the text writes the noun in lower case elsewhere,
// is the noun.
import { PLACES } from './gazetteer';
import type { EntityGroup } from './group';
import type { Mention } from './mention';

// A capital after the first word ("La Réunion", "New York"); « La réunion » has none.
const LATER_CAPITAL = /\s\p{Lu}/u;

/** The mention's capitals prove nothing: it opens a sentence or a headline, or only its first word has one. */
const capitalProvesNothing = (m: Mention): boolean =>
  m.initial || m.headline || (m.surface.includes(' ') && !LATER_CAPITAL.test(m.surface));

/**
 * The group's last word is one the text writes in lower case, and no mention's capital says name (see
 * capitalProvesNothing). `lower`: folded word → times written in lower case (see TextEvidence).
 */
export function namedByCommonNoun(g: EntityGroup, lower: ReadonlyMap<string, number>): boolean {
  const last = (k: string): string => k.split(' ').at(-1) ?? '';
  // « l’Europe centrale »: a place and its adjective, no noun.
  const placeFirst = (k: string): boolean => k.includes(' ') && PLACES.has(k.split(' ')[0] ?? '');
  return (
    [...g.keys].every((k) => lower.has(last(k)) && !placeFirst(k)) && g.mentions.every(capitalProvesNothing)
  );
}
