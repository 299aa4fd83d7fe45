// Spanish and Portuguese names carry two surnames, and articles write the second one or leave it out: "Liz Paola
// Duarte" and "Liz Paola Duarte Meza", "Raúl Ramírez" and "Raúl Ramírez Bogado" are one person.
import { GIVEN_NAMES } from './gazetteer';
import { isPersonShaped } from './person-shape';
import { withoutNameSuffix } from './person-variants';
import type { UnionFind } from './union-find';

const words = (key: string): string[] => key.split(' ');

/**
 * A person's name of two words or more, opened by a given name and closed by a surname, joins the one longer
 * name of the text that it opens with one more word, when that name is a person's too. A run of given names
 * ("Juan Carlos" before "Juan Carlos Ferrero") has no surname yet and joins none; two longer names ("Raúl Ramírez
 * Bogado", "Raúl Ramírez Pérez") leave it apart; so does a name written as one hyphenated word (`compounds`:
 * "Hugo-Junkers-Denkmal" is a monument).
 */
export function mergeSecondSurnames(
  keys: readonly string[],
  uf: UnionFind,
  compounds: ReadonlySet<string> = new Set(),
): void {
  const byPrefix = new Map<string, string[]>();
  for (const f of keys) {
    const ws = words(f);
    // « Jacques Saadé Jr. » is the son of « Jacques Saadé »: a generational suffix is no second surname.
    if (ws.length < 3 || compounds.has(f) || withoutNameSuffix(f) !== f || !isPersonShaped(f)) continue;
    const prefix = ws.slice(0, -1).join(' ');
    byPrefix.set(prefix, [...(byPrefix.get(prefix) ?? []), f]);
  }
  for (const k of keys) {
    const longer = byPrefix.get(k);
    const ws = words(k);
    if (!longer || !GIVEN_NAMES.has(ws[0] ?? '') || GIVEN_NAMES.has(ws.at(-1) ?? '') || !isPersonShaped(k))
      continue;
    const roots = new Set(longer.map((f) => uf.find(f)));
    if (roots.size === 1 && longer[0]) uf.union(k, longer[0]);
  }
}
