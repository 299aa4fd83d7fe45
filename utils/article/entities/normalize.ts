/** Matching keys of names, built on the one text fold (utils/shared/fold). */
import { fold } from '@/utils/shared/fold';

const KEYS = new Map<string, string>();

/** Matching key of a name: case, accents, dots, apostrophes and hyphens folded, so variants group together. */
export function nameKey(s: string): string {
  let key = KEYS.get(s);
  if (key === undefined) {
    key = fold(s)
      .replace(/\./g, '')
      .replace(/[’'‐‑–\-\s]+/g, ' ')
      .trim();
    if (KEYS.size > 20_000) KEYS.clear();
    KEYS.set(s, key);
  }
  return key;
}

const ASCII = /^[\x20-\x7e]*$/;
const CACHE = new Map<string, string>();

/** Lower-cased, accent-free form of one word, for word-list lookups (memoised: words repeat). */
export function foldWord(s: string): string {
  if (ASCII.test(s)) return s.toLowerCase();
  let out = CACHE.get(s);
  if (out === undefined) {
    out = fold(s).replace(/’/g, "'");
    if (CACHE.size > 20_000) CACHE.clear();
    CACHE.set(s, out);
  }
  return out;
}
