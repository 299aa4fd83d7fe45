// "Nagorno-Karabakh" … "peacekeepers in Karabakh": a place whose name joins a qualifier to its own name by a
// hyphen is written by that name alone too.
import { GIVEN_NAMES, isDemonymWord, PLACES } from './gazetteer';
import type { Mention } from './mention';
import type { UnionFind } from './union-find';

// A name of two words joined by a hyphen, as written: "Nagorno-Karabakh".
const DASHED = /^[^\s-]+-[^\s-]+$/u;

/**
 * Joins "Y", written as a place ("in Y": `places`), to the one "X-Y" of the article always written with its
 * hyphen, when "X" is no name of its own: not a key of the article, a known place ("Austria-Hungary" is no
 * "Hungary"), a given name, an initial ("T-Swift"), nor a people's word ("African-Americans").
 */
export function mergeDashedPlaces(
  keys: readonly string[],
  byKey: ReadonlyMap<string, Mention[]>,
  uf: UnionFind,
  places: ReadonlySet<string>,
): void {
  const byLast = new Map<string, string[]>();
  for (const k of keys) {
    const [first = '', last = '', ...rest] = k.split(' ');
    // A known place stands for itself: "Aqua-Manitoba" is a body of Manitoba.
    if (rest.length > 0 || !places.has(last) || PLACES.has(last)) continue;
    const ms = byKey.get(k);
    if (!ms?.every((m) => DASHED.test(m.surface))) continue;
    if (first.length < 2 || byKey.has(first) || PLACES.has(first) || GIVEN_NAMES.has(first)) continue;
    // "African-Americans" are no "Americans": a people's word is no place.
    if (isDemonymWord(first) || isDemonymWord(last)) continue;
    byLast.set(last, [...(byLast.get(last) ?? []), k]);
  }
  for (const [last, full] of byLast) if (full.length === 1) uf.union(last, full[0] ?? '');
}
