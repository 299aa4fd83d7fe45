// "Marcus Dell" … "said Dell, who grew up in Slidell": a surname that is also a known company's name is the
// person's where the text writes it as a person's. A company is never followed by "who".
import { GIVEN_NAMES, ORGANIZATIONS } from './gazetteer';
import type { EntityGroup } from './group';
import type { Mention } from './mention';
import type { MergePass } from './merge-pass';

const WHO = new Set(['who', 'whose']);

/** A mention written as a person's: "Dell, who…", or after a courtesy title or role. */
const personal = (m: Mention): boolean => m.personCue || (m.after[0] === ',' && WHO.has(m.after[1] ?? ''));

/**
 * Joins a one-word known organisation to the one full name of the article that opens with a given name and ends
 * with it, when one of its mentions at least is a person's (see `personal`).
 */
export const mergeSurnameBrands: MergePass = (keys, byKey, uf) => {
  for (const k of keys) {
    if (k.includes(' ') || !ORGANIZATIONS.has(k) || !(byKey.get(k) ?? []).some(personal)) continue;
    const full = keys.filter(
      (f) => f.endsWith(` ${k}`) && f.split(' ').length === 2 && GIVEN_NAMES.has(f.split(' ')[0] ?? ''),
    );
    if (full.length === 1 && full[0]) uf.union(k, full[0]);
  }
};

/** The full name "Given Surname" of the article that ends with the one-word `k`. */
const fullNamesOf = (k: string, keys: Iterable<string>): string[] =>
  [...keys].filter(
    (f) => f.endsWith(` ${k}`) && f.split(' ').length === 2 && GIVEN_NAMES.has(f.split(' ')[0] ?? ''),
  );

/** The group is a person whose surname is a known company's name ("Marcus Dell" and "Dell"): not the company. */
export const isSurnameBrand = (g: EntityGroup): boolean =>
  [...g.keys].some((k) => !k.includes(' ') && ORGANIZATIONS.has(k) && fullNamesOf(k, g.keys).length > 0);
