import { isAcronymLike } from './acronyms';
import type { EntityGroup } from './group';
import { CONNECTORS } from './lexicon';

/**
 * The group spells one of its names with initials ("Bus Rapid Transit" … "BRT"): systems, bodies and
 * programmes are shortened so, people seldom are (classify() lets a given name keep the person).
 */
export function abbreviatedName(g: EntityGroup): boolean {
  const acronyms = [...g.surfaces.keys()].filter(isAcronymLike).map((s) => s.toLowerCase());
  if (acronyms.length === 0) return false;
  return [...g.keys].some((k) => {
    const ws = k.split(' ').filter((w) => !CONNECTORS.has(w));
    return ws.length > 1 && acronyms.includes(ws.map((w) => w[0]).join(''));
  });
}

/**
 * Every name of the group is made of words the text also writes in lower case ("Saturated Fat" by "fat",
 * "Data Scientists" by "data" and "scientists"): a capitalised phrase of ordinary words, no person's name.
 * `lower`: folded word → times written in lower case (see TextEvidence).
 */
export function ordinaryWords(g: EntityGroup, lower: ReadonlyMap<string, number>): boolean {
  const multi = [...g.keys].filter((k) => k.includes(' '));
  return (
    multi.length > 0 &&
    multi.every((k) =>
      k
        .split(' ')
        .filter((w) => !CONNECTORS.has(w))
        .every((w) => lower.has(w)),
    )
  );
}

const QUOTES = new Set(['"', '“', '”', '«', '»', '„']);

/**
 * Every mention stands in quotation marks ("Mary Poppins", « Super Mario Run »): the title of a work, a show or
 * a game, not a person, though a given name opens it.
 */
export function alwaysQuoted(g: EntityGroup): boolean {
  return g.mentions.every((m) => QUOTES.has(m.before[0] ?? '') && QUOTES.has(m.after[0] ?? ''));
}
