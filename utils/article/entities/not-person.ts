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
