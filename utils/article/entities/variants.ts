// The ways two names of one entity differ: initials, surname or given name alone, word order, a brand or a
// particle before, a legal form or a place word around. Each rule unions keys of `keys` that are true variants.
import { isAcronymLike } from './acronyms';
import { GIVEN_NAMES, ORG_WORDS, ORGANIZATIONS, PLACE_WORDS, PLACES } from './gazetteer';
import { CONNECTORS } from './lexicon';
import type { Mention } from './mention';
import { isPersonShaped } from './person-shape';
import type { UnionFind } from './union-find';

const words = (key: string): string[] => key.split(' ');

/** "DHS" alone joins "Department of Homeland Security" when exactly one name has those initials. */
export function mergeAcronymsByInitials(keys: string[], byKey: Map<string, Mention[]>, uf: UnionFind): void {
  const byInitials = new Map<string, string[]>();
  for (const f of keys) {
    if (!f.includes(' ')) continue;
    const initials = words(f)
      .filter((w) => !CONNECTORS.has(w))
      .map((w) => w[0])
      .join('');
    byInitials.set(initials, [...(byInitials.get(initials) ?? []), f]);
  }
  for (const k of keys) {
    const acronyms = byKey.get(k)?.filter((m) => isAcronymLike(m.surface)) ?? [];
    if (uf.find(k) !== k || acronyms.length === 0) continue;
    // A plural acronym ("AMAs", "NFTs") stands for the singular name.
    const plural = acronyms.some((m) => /\p{Lu}s$/u.test(m.surface));
    const hits = byInitials.get(k) ?? (plural ? byInitials.get(k.slice(0, -1)) : undefined);
    if (hits?.length === 1 && hits[0]) uf.union(k, hits[0]);
  }
}

/**
 * "Simmons" (or "Eriksson Ek") joins "Phil Simmons" (or "Joel Eriksson Ek") when one person-like full name ends
 * with it; "Marsha" joins "Marsha P. Johnson", and "Yoon" joins "Yoon Suk Yeol", when one full name starts with
 * that given name (or family name written first) and none ends with it.
 */
export function mergePartsOfNames(keys: string[], uf: UnionFind): void {
  const full = keys.filter(isPersonShaped);
  const ending = (k: string) => full.filter((f) => f !== k && f.endsWith(` ${k}`));
  const firstOf = new Map<string, string[]>();
  for (const f of full) firstOf.set(words(f)[0] ?? '', [...(firstOf.get(words(f)[0] ?? '') ?? []), f]);
  for (const k of keys) {
    if (PLACES.has(k) || ORGANIZATIONS.has(k) || words(k).length > 2) continue;
    const bySurname = ending(k);
    if (bySurname.length === 1 && bySurname[0]) {
      uf.union(k, bySurname[0]);
      continue;
    }
    if (k.includes(' ') || bySurname.length > 0) continue;
    const byFirst = (firstOf.get(k) ?? []).filter((f) => GIVEN_NAMES.has(k) || words(f).length === 3);
    if (byFirst.length === 1 && byFirst[0]) uf.union(k, byFirst[0]);
  }
}

/** "CGT Info’Com" joins "Info’Com-CGT": the same words in another order. */
export function mergeReordered(keys: string[], uf: UnionFind): void {
  const bySorted = new Map<string, string>();
  for (const k of keys) {
    if (!k.includes(' ')) continue;
    const sorted = words(k).sort().join(' ');
    const seen = bySorted.get(sorted);
    if (seen) uf.union(k, seen);
    else bySorted.set(sorted, k);
  }
}

const SURNAME_PARTICLES = new Set(['de', 'du', 'van', 'von', 'da', 'di', 'del']);

/**
 * "Apple Vision Pro" joins "Vision Pro" (a brand before one of its products the article also names alone), and
 * "de Bismarck" joins "Bismarck".
 */
export function mergeBrandPrefixes(keys: string[], uf: UnionFind): void {
  const present = new Set(keys);
  for (const k of keys) {
    const [first = '', ...rest] = words(k);
    const known = ORGANIZATIONS.has(first) || SURNAME_PARTICLES.has(first);
    if (rest.length > 0 && known && present.has(rest.join(' '))) uf.union(k, rest.join(' '));
  }
}

// Words that qualify a name without making another entity of it: legal forms, "Group", "Finals".
const LEGAL_FORMS = new Set(
  `inc corp corporation co company ltd llc plc sa sas gmbh ag nv bv spa holdings holding group groupe airline
  airlines airways finals final`.split(/\s+/),
);

/**
 * "Alibaba Group", "Emirates Airline", "Boeing Co." and "Davis Cup Finals" join "Alibaba", "Emirates", "Boeing"
 * and "Davis Cup".
 */
export function mergeLegalForms(keys: string[], uf: UnionFind): void {
  const present = new Set(keys);
  for (const k of keys) {
    const ws = words(k);
    let n = ws.length;
    while (n > 1 && LEGAL_FORMS.has(ws[n - 1] ?? '')) n--;
    if (n === ws.length) continue;
    const short = ws.slice(0, n).join(' ');
    if (present.has(short)) uf.union(k, short);
    // "Nordhaven Robotics Inc" and later "Nordhaven": a company's legal name first, its short name after.
    else if (n > 1 && present.has(ws[0] ?? '') && !PLACES.has(ws[0] ?? '')) uf.union(k, ws[0] ?? '');
  }
}

/**
 * "l’Assemblée" joins "Assemblée nationale" when one name of the article starts with that head word; "Stadt
 * Hamburg" and "Kanton Zürich" join "Hamburg" and "Zürich".
 */
export function mergeInstitutionHeads(keys: string[], uf: UnionFind): void {
  const present = new Set(keys);
  for (const k of keys) {
    const [head = '', ...rest] = words(k);
    if (rest.length > 0 && PLACE_WORDS.has(head) && present.has(rest.join(' '))) uf.union(k, rest.join(' '));
  }
  const byHead = new Map<string, string[]>();
  for (const k of keys) {
    const head = words(k)[0] ?? '';
    if (k.includes(' ') && ORG_WORDS.has(head)) byHead.set(head, [...(byHead.get(head) ?? []), k]);
  }
  for (const k of keys) {
    const hits = k.includes(' ') ? undefined : byHead.get(k);
    if (hits?.length === 1 && hits[0]) uf.union(k, hits[0]);
  }
}
