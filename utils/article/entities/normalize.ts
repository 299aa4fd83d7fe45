/** Matching keys of names, built on the one text fold (utils/shared/fold). */
import { fold } from '@/utils/shared/fold';

/** Matching key of a name: case, accents, dots, apostrophes and hyphens folded, so variants group together. */
export function nameKey(s: string): string {
  return fold(s)
    .replace(/\./g, '')
    .replace(/[’'‐‑–\-\s]+/g, ' ')
    .trim();
}

/** Lower-cased, accent-free form of one word, for word-list lookups. */
export function foldWord(s: string): string {
  return fold(s).replace(/’/g, "'");
}
