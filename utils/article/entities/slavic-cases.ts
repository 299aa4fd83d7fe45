import type { UnionFind } from './union-find';

// Slavic languages decline names by endings added to the word as the nominative writes it: Polish "Flash" →
// "Flasha", "Gdańsk" → "Gdańsku"; Russian "Путин" → "Путина", "Путину", "Путиным". Folded endings (Cyrillic
// "-ым" and "-ом", Latin "-em", "-owi", "-ego"...). Endings that change a word's gender ("-a" of a woman's name
// from a man's "-i") are not additions, and are left apart.
const SLAVIC = new Set(['pl', 'cs', 'sk', 'sl', 'hr', 'sr', 'bs', 'ru', 'uk', 'be', 'bg']);
const ENDINGS = new Set('a u em ie owi ego emu iem а у е ом ым ого ему'.split(' '));

/** Whether `lang` declines names by endings (see mergeSlavicCases). */
export const declinesNames = (lang: string): boolean => SLAVIC.has(lang);

/** `word` is `base` with a case ending added ("Flasha" of "Flash"), both single words as written. */
export function isCaseOf(word: string, base: string): boolean {
  const cut = word.length - base.length;
  return (
    cut >= 1 &&
    cut <= 3 &&
    base.length >= 3 &&
    !/\s/.test(word) &&
    word.startsWith(base) &&
    ENDINGS.has(word.slice(-cut).toLowerCase())
  );
}

/**
 * A single word that is another name's last word plus a case ending ("flasha" and "adobe flash", "путина" and
 * "владимир путин") is that name declined. A word several names end with is left apart (two Nowaks).
 */
export function mergeSlavicCases(keys: readonly string[], uf: UnionFind): void {
  const byLast = new Map<string, string[]>();
  for (const k of keys) {
    const last = k.split(' ').at(-1) ?? '';
    if (last.length >= 3) byLast.set(last, [...(byLast.get(last) ?? []), k]);
  }
  for (const k of keys) {
    // "Wolska" of "Anna Wolska" is her surname as written, not "Piotr Wolsk" declined.
    if (k.includes(' ') || (byLast.get(k) ?? []).some((o) => o !== k)) continue;
    for (let cut = 1; cut <= 3 && k.length - cut >= 3; cut++) {
      const owners = isCaseOf(k, k.slice(0, -cut)) ? byLast.get(k.slice(0, -cut)) : undefined;
      if (owners?.length === 1 && owners[0]) uf.union(k, owners[0]);
    }
  }
}
