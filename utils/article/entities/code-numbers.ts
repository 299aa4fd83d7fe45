import type { UnionFind } from './union-find';

// « AS Carcassonne XIII », « Stade Vichy XV »: the number of players of a rugby code (league, union) closes a club's
// name, which the text also writes without it (« Carcassonne s’est imposé »).
const CODE_NUMBERS = new Set(['xiii', 'xv']);

/**
 * Adds to `keys` each club's key written with its code's number, without it (« as carcassonne » for « as
 * carcassonne xiii »), joined to it: the passes that join a club's short name to its full one then read it.
 */
export function addCodeNumberBases(keys: string[], uf: UnionFind): void {
  const known = new Set(keys);
  for (const k of [...keys]) {
    const cut = k.lastIndexOf(' ');
    const base = k.slice(0, cut);
    // Two words left at least: « Louis XV » is a king, not the given name « Louis ».
    if (!CODE_NUMBERS.has(k.slice(cut + 1)) || !base.includes(' ')) continue;
    if (!known.has(base)) {
      keys.push(base);
      known.add(base);
    }
    uf.union(k, base);
  }
}
