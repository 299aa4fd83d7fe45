// "Lib Dems" and "Liberal Democrats", "Man City" and "Manchester City", "Nat Geo" and "National Geographic": news
// clips each word of a long name to its first letters, and a reader takes the clipped name for the full one.
import type { MergePass } from './merge-pass';

// Fewer letters are initials or given names' short forms ("Jo", "Ed"), which may stand for several names.
const MIN_CLIP = 3;
// Fewer letters cut are an ending: a people's ("South Dakotans", "Sri Lankan"), not a clip.
const MIN_CUT = 3;

const singular = (w: string): string => (w.length > MIN_CLIP && w.endsWith('s') ? w.slice(0, -1) : w);

/** `short`'s word is `full`'s, or its first letters (at least three): true, with whether it was clipped. */
function clips(short: string, full: string): boolean | undefined {
  if (short === full) return false;
  return short.length >= MIN_CLIP && full.length - short.length >= MIN_CUT && full.startsWith(short)
    ? true
    : undefined;
}

/** Every word of `short` is `full`'s word or its first letters, one at least clipped; a plural "s" aside. */
export function isClipped(short: string, full: string): boolean {
  const a = short.split(' ');
  const b = full.split(' ');
  if (a.length < 2 || a.length !== b.length) return false;
  let clipped = false;
  for (let i = 0; i < a.length; i++) {
    const last = i === a.length - 1;
    const s = last ? singular(a[i] ?? '') : (a[i] ?? '');
    const f = last ? singular(b[i] ?? '') : (b[i] ?? '');
    const c = clips(s, f);
    if (c === undefined) return false;
    clipped ||= c;
  }
  return clipped;
}

/** A word written with a capital inside it ("MacBook"): a compound whose first part is a name of its own. */
const CAMEL = /\p{Ll}\p{Lu}/u;

/**
 * Joins a clipped name of two words or more to the one full name it clips; a clipped name that fits two names
 * of different groups ("Dem Party" for "Democratic Party" and "Demos Party") is left alone, and so is a
 * compound's first part ("Mac Pro" is no "MacBook Pro").
 */
export const mergeClippedNames: MergePass = (keys, byKey, uf) => {
  // Names compared only with those of as many words opening with the same three letters.
  const bucket = (k: string): string => `${k.split(' ').length} ${k.slice(0, MIN_CLIP)}`;
  const buckets = new Map<string, string[]>();
  for (const k of keys) if (k.includes(' ')) buckets.set(bucket(k), [...(buckets.get(bucket(k)) ?? []), k]);
  for (const short of keys) {
    if (!short.includes(' ')) continue;
    const near = buckets.get(bucket(short)) ?? [];
    const fulls = near.filter(
      (f) =>
        f.length > short.length && isClipped(short, f) && !byKey.get(f)?.some((m) => CAMEL.test(m.surface)),
    );
    const [first] = fulls;
    if (first && fulls.every((f) => uf.find(f) === uf.find(first))) uf.union(short, first);
  }
};
