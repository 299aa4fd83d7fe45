/**
 * Scores the TYPE shown for each of the top 10 predicted entities against the gold mentions' types of
 * entities-dev (CoNLL-2003: PER/LOC/ORG/MISC; HIPE-2020: pers/loc/org/prod). Only predictions that match a gold
 * mention count, matched as the shared scorer does (exact first, else leniently; among lenient matches, the gold
 * name mentioned most). The gold name's type is its mentions' most frequent type.
 *   right        person↔PER/pers, organization↔ORG/org, place↔LOC/loc, product↔prod; group↔ORG/org
 *   wrong        a label that contradicts the gold type
 *   unlabelled   'other': the popup shows no type
 * MISC (events, nationalities, works, products, slogans) is none of person, organisation or place: those three
 * labels count wrong on it, 'product' and 'group' right (CoNLL puts products and named groups such as religions
 * there), 'other' unlabelled, though for MISC no label is often the best the popup can do.
 */
import type { NerDoc } from './entities-corpus';
import { norm, same } from './entities-gold-score';

/** Right, wrong and unlabelled counts over matched predictions. */
export interface TypeTally {
  right: number;
  wrong: number;
  unlabelled: number;
}

/** One scored prediction, for looking at the cases. */
export interface TypeCase {
  id: string;
  name: string;
  label: string;
  gold: string;
  verdict: keyof TypeTally;
}

export const emptyTypeTally = (): TypeTally => ({ right: 0, wrong: 0, unlabelled: 0 });

const RIGHT: Record<string, string[]> = {
  per: ['person'],
  pers: ['person'],
  org: ['organization', 'group'],
  loc: ['place'],
  prod: ['product'],
  misc: ['product', 'group'],
};

/** The verdict on `label` for a gold type. */
export function typeVerdict(label: string, goldType: string): keyof TypeTally {
  if (label === 'other') return 'unlabelled';
  return (RIGHT[goldType.toLowerCase()] ?? []).includes(label) ? 'right' : 'wrong';
}

/** Normalised gold name → its mentions' count per type. */
function goldTypes(doc: NerDoc): Map<string, Map<string, number>> {
  const byName = new Map<string, Map<string, number>>();
  for (const m of doc.mentions) {
    const k = norm(m.text);
    if (k.length <= 1) continue;
    const types = byName.get(k) ?? new Map<string, number>();
    byName.set(k, types);
    types.set(m.type, (types.get(m.type) ?? 0) + 1);
  }
  return byName;
}

const total = (types: Map<string, number>): number => [...types.values()].reduce((a, b) => a + b, 0);
const mostOf = (types: Map<string, number>): string => [...types].sort(([, a], [, b]) => b - a)[0]?.[0] ?? '';

/** The gold type of the mention `name` matches, or null when it matches none. */
function goldTypeOf(name: string, gold: Map<string, Map<string, number>>): string | null {
  const n = norm(name);
  const exact = gold.get(n);
  if (exact) return mostOf(exact);
  const lenient = [...gold].filter(([g]) => same(n, g)).sort(([, a], [, b]) => total(b) - total(a))[0];
  return lenient ? mostOf(lenient[1]) : null;
}

/** Adds one document's top 10 to `t`; returns its scored cases. */
export function scoreTypes(t: TypeTally, doc: NerDoc, names: string[], labels: string[]): TypeCase[] {
  const gold = goldTypes(doc);
  const cases: TypeCase[] = [];
  names.slice(0, 10).forEach((name, i) => {
    const goldType = goldTypeOf(name, gold);
    const label = labels[i];
    if (goldType === null || label === undefined) return;
    const verdict = typeVerdict(label, goldType);
    t[verdict]++;
    cases.push({ id: doc.id, name, label, gold: goldType, verdict });
  });
  return cases;
}

const pc = (a: number, b: number): string => (b ? ((100 * a) / b).toFixed(1) : 'n/a');

/** One line of figures. */
export function formatTypeTally(label: string, t: TypeTally): string {
  const n = t.right + t.wrong + t.unlabelled;
  return (
    `${label}: matched ${n}  right ${pc(t.right, n)}  wrong ${pc(t.wrong, n)}  ` +
    `unlabelled ${pc(t.unlabelled, n)}`
  );
}
