// "Rosa Ferrante" … "her parents, Marco and Lina Ferrante" … "Ms. Ferrante says": where one person of a family is
// named in full on their own and the others only in a pair ("Marco and Lina Ferrante") or as a relative ("his
// daughter, Meera Ravindranath"), the surname alone, with a courtesy title or a role, is that person's.
import { personContext } from './context-cues';
import { firstInBody, firstOffset } from './first-offset';
import { GIVEN_NAMES } from './gazetteer';
import type { Mention } from './mention';
import type { MergePass } from './merge-pass';
import { isPersonShaped } from './person-shape';

// « Giuseppe et Carmela Rinaldi », "Joe and Hunter Biden": a full name written after another given name and "and".
const AND = new Set(['and', '&', 'et', 'y', 'und', 'e']);
const coordinated = (m: Mention): boolean => AND.has(m.before[0] ?? '');

// "his daughter, Meera Ravindranath", « sa fille Meera Varenne »: a relative named as such, after the kin word.
const KIN = new Set(
  `son daughter wife husband father mother brother sister widow widower grandson granddaughter nephew niece
  fils fille epouse epoux mari pere mere frere soeur veuve veuf neveu`.split(/\s+/),
);
const asKin = (m: Mention): boolean =>
  KIN.has(m.before[0] ?? '') || (m.before[0] === ',' && KIN.has(m.before[1] ?? ''));

// "Mr. Ferrante" and "Ms. Ferrante" in one text are two of the family.
const MALE_TITLES = new Set(['mr', 'm', 'monsieur', 'mister', 'sir']);
const FEMALE_TITLES = new Set(['ms', 'mrs', 'miss', 'mme', 'madame', 'mlle', 'mademoiselle', 'dame', 'lady']);
const titled = (m: Mention, titles: ReadonlySet<string>): boolean =>
  titles.has(m.before[0] ?? '') || (m.before[0] === '.' && titles.has(m.before[1] ?? ''));
const bothGenders = (ms: readonly Mention[]): boolean =>
  ms.some((m) => titled(m, MALE_TITLES)) && ms.some((m) => titled(m, FEMALE_TITLES));

/**
 * Joins a surname written as a person's (a title or role before, "said" after: see personContext) to the one full
 * name of that family written on its own, before it, when the other full names ending with it are written only
 * in a pair or after a kin word, the surname is joined to nothing else but its possessive ("Ferrante's"), and no
 * courtesy titles of both sexes stand before it.
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
    const alone = fulls.filter((f) => !(byKey.get(f) ?? []).every((m) => coordinated(m) || asKin(m)));
    const [one] = alone;
    if (!one || alone.length > 1 || cued.length === 0 || bothGenders(byKey.get(k) ?? [])) continue;
    if (firstInBody(byKey.get(one) ?? []) < firstOffset(cued)) uf.union(k, one);
  }
};
