// "Rosa Ferrante" … "her parents, Marco and Lina Ferrante" … "Ms. Ferrante says": where one person of a family is
// named in full on their own and the others only in a pair ("Marco and Lina Ferrante"), the surname alone, with a
// courtesy title or a role, is that person's.
import { personContext } from './context-cues';
import { firstInBody, firstOffset } from './first-offset';
import { GIVEN_NAMES } from './gazetteer';
import type { Mention } from './mention';
import type { MergePass } from './merge-pass';
import { isPersonShaped } from './person-shape';

// « Giuseppe et Carmela Rinaldi », "Joe and Hunter Biden": a full name written after another given name and "and".
const AND = new Set(['and', '&', 'et', 'y', 'und', 'e']);
const coordinated = (m: Mention): boolean => AND.has(m.before[0] ?? '');

/**
 * Joins a surname written as a person's (a title or role before, "said" after: see personContext) to the one full
 * name of that family written on its own, before it, when the other full names ending with it are written only
 * in a pair, and the surname is joined to nothing else but its possessive ("Ferrante's").
 */
export const mergeFamilySurnames: MergePass = (keys, byKey, uf) => {
  const byLast = new Map<string, string[]>();
  for (const f of keys) {
    const [given = '', last = '', ...more] = f.split(' ');
    if (more.length === 0 && last && !GIVEN_NAMES.has(last) && isPersonShaped(`${given} ${last}`))
      byLast.set(last, [...(byLast.get(last) ?? []), f]);
  }
  const size = new Map<string, number>();
  for (const k of keys) size.set(uf.find(k), (size.get(uf.find(k)) ?? 0) + 1);
  for (const k of keys) {
    const fulls = byLast.get(k) ?? [];
    if (fulls.length < 2 || GIVEN_NAMES.has(k) || new Set(fulls.map((f) => uf.find(f))).size < 2) continue;
    const own = size.get(uf.find(k)) ?? 0;
    if (own > (byKey.has(`${k} s`) && uf.find(`${k} s`) === uf.find(k) ? 2 : 1)) continue;
    const cued = (byKey.get(k) ?? []).filter((m) => (m.personCue || personContext(m)) && !m.headline);
    const alone = fulls.filter((f) => !(byKey.get(f) ?? []).every(coordinated));
    const [one] = alone;
    if (!one || alone.length > 1 || cued.length === 0) continue;
    if (firstInBody(byKey.get(one) ?? []) < firstOffset(cued)) uf.union(k, one);
  }
};
