import type { AcronymDefinition } from './acronyms';
import { isAcronymLike } from './acronyms';
import { ORG_WORDS, PLACES, PRODUCTS } from './gazetteer';
import { type EntityGroup, makeGroup } from './group';
import { CONNECTORS } from './lexicon';
import type { Mention } from './mention';
import { nameKey } from './normalize';
import { UnionFind } from './union-find';

/**
 * Groups mentions into entities: same key (case, accents, elision, possessive), acronym and definition,
 * acronym and a name with those initials, surname and full name.
 */
export function groupMentions(mentions: Mention[], definitions: AcronymDefinition[]): EntityGroup[] {
  const byKey = new Map<string, Mention[]>();
  for (const m of mentions) {
    const key = nameKey(m.surface);
    if (!key) continue;
    const list = byKey.get(key);
    if (list) list.push(m);
    else byKey.set(key, [m]);
  }
  const uf = new UnionFind();
  for (const d of definitions) uf.union(nameKey(d.acronym), nameKey(d.definition.surface));
  const keys = [...byKey.keys()];
  mergeAcronymsByInitials(keys, byKey, uf);
  mergeSurnames(keys, uf);
  mergeShortCompanyNames(keys, uf);
  const groups = new Map<string, string[]>();
  for (const k of keys) {
    const root = uf.find(k);
    const list = groups.get(root);
    if (list) list.push(k);
    else groups.set(root, [k]);
  }
  return [...groups.values()].map((ks) =>
    makeGroup(
      ks,
      ks.flatMap((k) => byKey.get(k) ?? []),
    ),
  );
}

const words = (key: string): string[] => key.split(' ');

/** "DHS" alone joins "Department of Homeland Security" when exactly one name has those initials. */
function mergeAcronymsByInitials(keys: string[], byKey: Map<string, Mention[]>, uf: UnionFind): void {
  const multi = keys.filter((k) => words(k).length > 1);
  for (const k of keys) {
    if (uf.find(k) !== k || !byKey.get(k)?.some((m) => isAcronymLike(m.surface))) continue;
    const hits = multi.filter(
      (f) =>
        words(f)
          .filter((w) => !CONNECTORS.has(w))
          .map((w) => w[0])
          .join('') === k,
    );
    if (hits.length === 1 && hits[0]) uf.union(k, hits[0]);
  }
}

/** "Simmons" joins "Phil Simmons" when one person-like full name ends with it. */
function mergeSurnames(keys: string[], uf: UnionFind): void {
  const full = keys.filter(isPersonShaped);
  for (const k of keys) {
    if (words(k).length !== 1 || PLACES.has(k)) continue;
    const hits = full.filter((f) => words(f).at(-1) === k);
    if (hits.length === 1 && hits[0]) uf.union(k, hits[0]);
  }
}

const LEGAL_FORMS = new Set(
  'inc corp corporation co company ltd llc plc sa sas gmbh ag nv bv spa holdings'.split(' '),
);

/** "Nordhaven" joins "Nordhaven Robotics Inc": a company's legal name first, its short name after. */
function mergeShortCompanyNames(keys: string[], uf: UnionFind): void {
  const legal = keys.filter((k) => words(k).length > 1 && LEGAL_FORMS.has(words(k).at(-1) ?? ''));
  for (const k of keys) {
    if (words(k).length !== 1) continue;
    const hits = legal.filter((f) => words(f)[0] === k);
    if (hits.length === 1 && hits[0]) uf.union(k, hits[0]);
  }
}

/** Two or three plain words, none of which says organisation, place or product. */
export function isPersonShaped(key: string): boolean {
  const ws = words(key);
  if (ws.length < 2 || ws.length > 3 || /\d/.test(key)) return false;
  if (PLACES.has(key) || PRODUCTS.has(ws[0] ?? '')) return false;
  return ws.every((w) => !CONNECTORS.has(w) && !ORG_WORDS.has(w) && w.length > 1);
}
