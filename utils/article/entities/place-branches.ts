// "Network Rail" and "Network Rail Scotland", "Kestrel Foods" and "Kestrel Foods France": a body and the one branch
// of it the article names by a known place after the body's name are one subject to a reader (see
// acronym-branches.ts for « l'ARS » and « l'ARS Bretagne »).
import { DIRECTION_WORDS, PLACES } from './gazetteer';
import type { MergePass } from './merge-pass';

/**
 * Joins "B P" to "B" when "B", two words at least, is named alone, "P" is a known place written apart after it, and the article names
 * no other branch of "B". Not where "B P" is itself a place ("South Africa", "Latin America") or "B" one
 * ("Paris Texas"), nor after a direction word ("North", "Central"), nor when "B" already stands for another name.
 */
export const mergePlaceBranches: MergePass = (keys, byKey, uf) => {
  const branches = new Map<string, string[]>();
  for (const k of keys) {
    const at = k.lastIndexOf(' ');
    if (at < 0) continue;
    const head = k.slice(0, at);
    // One word before a country is as often a company of its own there ("Yahoo Japan", "Amazon France").
    if (
      !head.includes(' ') ||
      !byKey.has(head) ||
      !PLACES.has(k.slice(at + 1)) ||
      PLACES.has(k) ||
      PLACES.has(head)
    )
      continue;
    if (DIRECTION_WORDS.has(head.split(' ')[0] ?? '')) continue;
    if (!byKey.get(k)?.some((m) => /\s\S+$/u.test(m.surface))) continue;
    branches.set(head, [...(branches.get(head) ?? []), k]);
  }
  // A head already joined to another name ("Ceramics" to "Dunmore Ceramics") is short for that one; a word of
  // its own joined to it ("Clermont" to "ASM Clermont", a club by its town) leaves it the head's.
  const within = (o: string, head: string): boolean => ` ${head} `.includes(` ${o} `);
  const joined = (head: string): boolean =>
    keys.some((o) => o !== head && !within(o, head) && uf.find(o) === uf.find(head));
  for (const [head, [k, ...more]] of branches) if (k && more.length === 0 && !joined(head)) uf.union(head, k);
};
