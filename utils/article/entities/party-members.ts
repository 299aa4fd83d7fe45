// "the Quebec Liberal Party" … "the Liberals": the plural of a party's adjective names the party the article names
// with it, as a reader takes "the Conservatives" for the Conservative Party.
import type { MergePass } from './merge-pass';

// Members' plurals and the adjective a party's name writes before "Party" (folded).
const ADJECTIVE_OF = new Map([
  ['liberals', 'liberal'],
  ['conservatives', 'conservative'],
  ['democrats', 'democratic'],
  ['republicans', 'republican'],
  ['socialists', 'socialist'],
]);

/**
 * Joins a member's plural ("Liberals") to the one party of the article whose name ends with its adjective and
 * "Party" ("Quebec Liberal Party"); left apart where two parties of that adjective are named.
 */
export const mergePartyMembers: MergePass = (keys, _byKey, uf) => {
  for (const k of keys) {
    const adjective = ADJECTIVE_OF.get(k);
    if (!adjective) continue;
    const parties = new Set(
      keys.filter((p) => p.endsWith(` ${adjective} party`) || p === `${adjective} party`),
    );
    const [party] = [...parties].map((p) => uf.find(p));
    if (party && new Set([...parties].map((p) => uf.find(p))).size === 1) uf.union(k, party);
  }
};
