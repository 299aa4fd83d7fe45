import { aliasOf } from './aliases';
import type { EntityGroup } from './group';

// A party's adjective, or its member's word, and the party it belongs to (folded keys, see aliases).
const PARTY_OF = new Map([
  ['democratic', 'democratic party'],
  ['democrat', 'democratic party'],
  ['republican', 'republican party'],
]);

/**
 * Drops "Democratic" ("Democratic voters", "a Democratic senator") when the article names the party itself
 * ("Democrats", "the Democratic Party"): the adjective is the party again, not another name.
 */
export function dropPartyAdjectives(groups: EntityGroup[]): EntityGroup[] {
  const parties = new Set(groups.flatMap((g) => [...g.keys].map((k) => aliasOf(k))));
  return groups.filter((g) =>
    [...g.keys].some((k) => {
      const party = PARTY_OF.get(k);
      return party === undefined || !parties.has(party);
    }),
  );
}
