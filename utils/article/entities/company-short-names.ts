// A company named in full once ("Kestrel Semiconductor"), then by its own first word ("Kestrel rose 3%").
import { TRADE_LAST } from './company-words';
import { GIVEN_NAMES, isDemonymWord, ORG_WORDS, ORGANIZATIONS, PLACES } from './gazetteer';
import type { Mention } from './mention';
import type { UnionFind } from './union-find';

const firstOffset = (ms: readonly Mention[] | undefined): number =>
  Math.min(...(ms ?? []).map((m) => m.offset));

/**
 * Joins a word alone to the one name of two words it opens whose last word names a trade, when the full name
 * comes first. Not a place ("Texas Instruments" is no "Texas"), a known organisation ("Google Health" is a part of
 * "Google"), a given name, a nationality, nor a word that opens two such names.
 */
export function mergeCompanyShortNames(
  keys: readonly string[],
  byKey: ReadonlyMap<string, Mention[]>,
  uf: UnionFind,
  places: ReadonlySet<string>,
): void {
  const byFirst = new Map<string, string[]>();
  for (const k of keys) {
    const ws = k.split(' ');
    if (ws.length === 2 && TRADE_LAST.has(ws[1] ?? ''))
      byFirst.set(ws[0] ?? '', [...(byFirst.get(ws[0] ?? '') ?? []), k]);
  }
  for (const [short, full] of byFirst) {
    const [name] = full;
    if (!name || full.length > 1 || !byKey.has(short) || uf.find(short) !== short) continue;
    if (PLACES.has(short) || places.has(short) || ORGANIZATIONS.has(short) || ORG_WORDS.has(short)) continue;
    if (GIVEN_NAMES.has(short) || isDemonymWord(short)) continue;
    // Another longer name opening with the word ("Kestrel Capital" besides "Kestrel Semiconductor") leaves it unsure.
    if (keys.some((k) => k !== name && k.startsWith(`${short} `) && uf.find(k) !== uf.find(name))) continue;
    if (firstOffset(byKey.get(name)) < firstOffset(byKey.get(short))) uf.union(short, name);
  }
}
