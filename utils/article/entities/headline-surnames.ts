import { isPersonShaped } from './person-shape';
import type { UnionFind } from './union-find';

/**
 * "Delphine Marsh" in the title, "her nephew Terrence Marsh" in the text, then "Marsh" alone: a surname two
 * people of the article share stands for the one the title names, its subject (writers call a relative by a
 * fuller name). Left apart when the title names neither or both (see typeSharedSurnames). `titleNames` holds
 * the keys of full names the title writes (see titlePeople).
 */
export function mergeHeadlinedSurnames(
  keys: readonly string[],
  uf: UnionFind,
  titleNames: ReadonlyMap<string, string>,
): void {
  if (titleNames.size === 0) return;
  for (const k of keys) {
    if (k.includes(' ')) continue;
    // The title's full name is a person's though its given name is unknown (see titlePeople).
    const holders = keys.filter((f) => f.endsWith(` ${k}`) && (isPersonShaped(f) || titleNames.has(f)));
    const people = new Set(holders.map((f) => uf.find(f)));
    // Joined already, or only one person bears it (mergePartsOfNames decides).
    if (people.size < 2 || people.has(uf.find(k))) continue;
    const titled = new Set(holders.filter((f) => titleNames.has(f)).map((f) => uf.find(f)));
    const [subject] = titled;
    if (titled.size === 1 && subject) uf.union(k, subject);
  }
}
