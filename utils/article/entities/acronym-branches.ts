import { PLACES } from './gazetteer';
import type { Mention } from './mention';
import type { MergePass } from './merge-pass';

const ACRONYM = /^\p{Lu}{2,6}$/u;
const PLACE_LINKS = new Set(['de', 'du', 'des', 'd']);

/**
 * « l’ARS » and « l’ARS Bretagne », « le CHU » and « le CHU de Rennes »: a body's acronym alone is short for the
 * one branch the article names by that acronym and a known place. Two branches
 * (« CHU de Rennes », « CHU de Brest ») leave the acronym alone: either may be meant.
 */
export const mergeAcronymBranches: MergePass = (keys, byKey, uf) => {
  const branches = new Map<string, string[]>();
  for (const k of keys) {
    const [head = '', ...rest] = k.split(' ');
    if (rest.length === 0 || !byKey.has(head) || !isAcronym(byKey.get(head))) continue;
    branches.set(head, [...(branches.get(head) ?? []), k]);
  }
  for (const [head, [k, ...more]] of branches)
    if (k && more.length === 0 && namesPlace(k, byKey)) uf.union(head, k);
};

/**
 * The words after the acronym, written apart from it, name a known place: « ARS Bretagne », not a compound
 * ("EU-Taxonomie", "DDR-Staat") nor a product ("SNCF Connect").
 */
function namesPlace(k: string, byKey: ReadonlyMap<string, Mention[]>): boolean {
  const rest = k.split(' ').slice(1);
  while (rest.length > 1 && PLACE_LINKS.has(rest[0] ?? '')) rest.shift();
  return PLACES.has(rest.join(' ')) && (byKey.get(k) ?? []).some((m) => /^\S+\s/u.test(m.surface));
}

const isAcronym = (ms: readonly Mention[] | undefined): boolean =>
  (ms ?? []).length > 0 && (ms ?? []).every((m) => ACRONYM.test(m.surface));
