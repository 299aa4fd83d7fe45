// "the Booker Prize" … "won the Booker", « le prix Goncourt » … « le Goncourt »: a prize is named with its head
// noun, then without it, and a reader takes both for one prize. So is a wildfire ("the Roaring Lion Fire" …
// "Roaring Lion started on a Sunday").
import { PLACES } from './gazetteer';
import type { UnionFind } from './union-find';

// Head nouns written after the prize's (or the fire's) name (English) or before it (French).
const AFTER = new Set(['prize', 'prizes', 'award', 'awards', 'trophy', 'medal', 'fire', 'wildfire']);
const BEFORE = new Set(['prix', 'trophee', 'medaille']);

/** The prize's own name in `key` without its head noun ("booker" in "booker prize"), if it has one. */
export function prizeName(key: string): string | undefined {
  const ws = key.split(' ');
  if (ws.length < 2) return undefined;
  if (AFTER.has(ws.at(-1) ?? '')) return ws.slice(0, -1).join(' ');
  if (BEFORE.has(ws[0] ?? '')) return ws.slice(1).join(' ');
  return undefined;
}

/**
 * Joins a name to the one prize named with it and a head noun ("Booker" to "Booker Prize"), when the name is not
 * already joined to another (a surname joined to "Cory Booker" names him) and no two prizes share it ("Nobel"
 * beside "Nobel Prize" and "Nobel Medal" names neither for sure). A known place alone is the place, whatever is
 * named after it ("Kyoto" beside "Kyoto Prize").
 */
export function mergePrizeHeads(keys: readonly string[], uf: UnionFind): void {
  const byName = new Map<string, string[]>();
  for (const k of keys) {
    const name = prizeName(k);
    if (name) byName.set(name, [...(byName.get(name) ?? []), k]);
  }
  for (const k of keys) {
    const prizes = byName.get(k) ?? [];
    if (!prizes[0] || PLACES.has(k) || uf.find(k) !== k || keys.some((o) => o !== k && uf.find(o) === k))
      continue;
    if (new Set(prizes.map((p) => uf.find(p))).size === 1) uf.union(k, prizes[0]);
  }
}
