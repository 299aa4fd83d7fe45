import type { UnionFind } from './union-find';

// German names a season's edition of an event by a compound: "Olympische Winterspiele" beside "Olympische Spiele",
// "Paralympische Sommerspiele". Where the text names both, a reader reads one event.

const SEASONS = /^(?:winter|sommer)(\p{L}{4,})$/u;

/** Joins "X Winterspiele" to "X Spiele" when the text writes both (keys folded). */
export function mergeSeasonCompounds(keys: readonly string[], uf: UnionFind): void {
  // Declined alike ("Olympischen Spielen", "Olympische Spiele"): each word without its case ending.
  const loose = (ws: readonly string[]): string =>
    ws.map((w) => w.replace(/(?:e|en|er|es|em|n|s)$/, '')).join(' ');
  const byLoose = new Map(keys.map((k) => [loose(k.split(' ')), k]));
  for (const k of keys) {
    const words = k.split(' ');
    const head = SEASONS.exec(words.at(-1) ?? '')?.[1];
    if (!head || words.length < 2) continue;
    const plain = byLoose.get(loose([...words.slice(0, -1), head]));
    if (plain !== undefined) uf.union(k, plain);
  }
}
