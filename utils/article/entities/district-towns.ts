// "North Lawrence" … "Lawrence": a district named by a direction and a town's name says
// the name is a town's. The town and its district are two places; the town alone, read on its own, may have
// looked like a given name or a surname.
import type { EntityType } from '@/utils/article/types';
import { DIRECTION_WORDS } from './gazetteer';
import type { EntityGroup } from './group';

/**
 * Types as places the one-word names left without a type whose name a place of the page opens with a direction
 * ("North Lawrence", "East Grinstead" typed places make "Lawrence", "Grinstead" places). A name typed a person
 * keeps it. `types[i]` is the type of `groups[i]`; returns new types.
 */
export function typeDistrictTowns(
  groups: readonly EntityGroup[],
  types: readonly EntityType[],
): EntityType[] {
  const towns = new Set<string>();
  groups.forEach((g, i) => {
    if (types[i] !== 'place') return;
    for (const k of g.keys) {
      const [dir = '', town, more] = k.split(' ');
      if (town && more === undefined && DIRECTION_WORDS.has(dir)) towns.add(town);
    }
  });
  if (towns.size === 0) return [...types];
  return types.map((t, i) =>
    t === 'other' && [...(groups[i] as EntityGroup).keys].every((k) => towns.has(k)) ? 'place' : t,
  );
}
