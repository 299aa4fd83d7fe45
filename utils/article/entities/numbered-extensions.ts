// "Renault 5" and "Renault 5 E-Tech": a numbered model and the same name with words after its number are one
// model, its version written out. A model's closing word ("iPhone 17 Pro", see MODEL_SUFFIXES) names another
// model of the line, and so does another number ("Forerunner 965" is no "Forerunner 975").
import { MODEL_SUFFIXES } from './model-numbers';
import type { UnionFind } from './union-find';

const ENDS_WITH_NUMBER = /\s\d{1,4}$/;

/** Joins each key ending with a number to the one longer key that extends it by one or two plain words. */
export function mergeNumberedExtensions(keys: string[], uf: UnionFind): void {
  const numbered = new Set(keys.filter((k) => ENDS_WITH_NUMBER.test(k)));
  if (numbered.size === 0) return;
  const longer = new Map<string, string[]>();
  for (const k of keys) {
    const ws = k.split(' ');
    for (let cut = ws.length - 1; cut >= ws.length - 2 && cut >= 2; cut--) {
      const head = ws.slice(0, cut).join(' ');
      if (!numbered.has(head)) continue;
      const tail = ws.slice(cut);
      if (tail.some((w) => MODEL_SUFFIXES.has(w) || /\d/.test(w))) continue;
      longer.set(head, [...(longer.get(head) ?? []), k]);
    }
  }
  for (const [head, hits] of longer) if (hits.length === 1 && hits[0]) uf.union(head, hits[0]);
}
