// "the New York Knicks" … "the Knicks": a side named by its city and nickname, then by its nickname alone.
import { CLUB_LAST, DIRECTION_WORDS, ORGANIZATIONS, PLACE_WORDS, PLACES } from './gazetteer';
import { isPluralName } from './plural-sides';
import type { UnionFind } from './union-find';

/**
 * A side's home as its name writes it: a known place ("New York"), or a region named by a direction and a place
 * word ("Central Coast", "West Coast", "North Queensland"), as clubs of regions are.
 */
export function homeOfSide(prefix: string): boolean {
  if (PLACES.has(prefix)) return true;
  const ws = prefix.split(' ');
  return (
    ws.length >= 2 &&
    DIRECTION_WORDS.has(ws[0] ?? '') &&
    ws.slice(1).every((w) => PLACE_WORDS.has(w) || PLACES.has(w))
  );
}

/**
 * Joins a capitalised plural ("Knicks") to the one name of the article that is a side's home followed by it
 * ("New York Knicks", "Central Coast Mariners"); not when two names end with it ("Boston Reds", "Cincinnati
 * Reds"), nor a known name.
 */
export function mergeTeamNicknames(keys: readonly string[], uf: UnionFind): void {
  for (const k of keys) {
    if (k.includes(' ') || !isPluralName(k) || PLACES.has(k) || ORGANIZATIONS.has(k)) continue;
    const sides = keys.filter((f) => f.endsWith(` ${k}`) && homeOfSide(f.slice(0, -k.length - 1)));
    if (sides.length === 1 && sides[0]) uf.union(k, sides[0]);
  }
  mergeClubTails(keys, uf);
}

/**
 * "Aston Villa" … "Villa", "Blackburn Rovers" … "Rovers": a club named by the last word of its name, when one
 * name of the article ends with it ("Manchester United" and "Newcastle United" leave "United" alone).
 */
function mergeClubTails(keys: readonly string[], uf: UnionFind): void {
  for (const k of keys) {
    if (k.includes(' ') || !CLUB_LAST.has(k) || k.length < 4) continue;
    const clubs = keys.filter((f) => f.endsWith(` ${k}`) && f.split(' ').length === 2);
    if (clubs.length === 1 && clubs[0]) uf.union(k, clubs[0]);
  }
}
