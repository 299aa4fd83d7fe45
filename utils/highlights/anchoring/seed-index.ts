/**
 * A seed filter for approximate search: the text's q-grams taken at word starts, indexed once
 * per text. A quote's own word-start q-grams that occur in the text vote for where the quote
 * would start (hit − offset in the quote); nearby votes form one diagonal cluster, and only
 * clusters get verified. Cost per quote ≈ its seeds × their hits instead of a scan of the text.
 */

import { isWordStart, wordStarts } from './word-starts';

/** Characters per seed: long enough to be rare in prose, short enough to survive most edits. */
export const SEED_LENGTH = 10;

/**
 * Word-start q-grams of one text, hashed: an open-addressing table from hash to its last
 * occurrence, each occurrence chained to the previous one with the same hash. Typed arrays
 * only (no string per word), so building it is cheap even before the engine optimises it.
 * Two q-grams sharing a hash only cost a verification that fails.
 */
export interface SeedIndex {
  text: string;
  /** Slot → entry (−1 = empty); size a power of two. */
  slots: Int32Array;
  hash: Int32Array;
  /** Previous entry with the same hash (−1 = none). */
  prev: Int32Array;
  /** Occurrences of the entry's hash up to and including it. */
  count: Int32Array;
  pos: Int32Array;
}

/**
 * Seeds occurring more often than this say little and cost much (repeated boilerplate, tables,
 * lists): they are not used. Prose rarely repeats a word-start q-gram more than a few times.
 */
export const MAX_SEED_HITS = 16;

/** Hash of s[i, i + SEED_LENGTH) (FNV-1a). */
function hashAt(s: string, i: number): number {
  let h = 0x811c9dc5;
  for (let j = i; j < i + SEED_LENGTH; j++) h = Math.imul(h ^ s.charCodeAt(j), 0x01000193);
  return h;
}

/** The slot holding hash h, or the empty slot where it would go. */
function slotOf(index: Pick<SeedIndex, 'slots' | 'hash'>, h: number): number {
  const mask = index.slots.length - 1;
  let slot = (h ^ (h >>> 15)) & mask;
  for (let e = index.slots[slot] as number; e >= 0 && index.hash[e] !== h; e = index.slots[slot] as number) {
    slot = (slot + 1) & mask;
  }
  return slot;
}

/** Indexes every word-start q-gram of `text` (O(text length)). */
export function buildSeedIndex(text: string): SeedIndex {
  const pos = Int32Array.from(wordStarts(text, SEED_LENGTH));
  let size = 16;
  while (size < pos.length * 2) size *= 2;
  const index: SeedIndex = {
    text,
    slots: new Int32Array(size).fill(-1),
    hash: new Int32Array(pos.length),
    prev: new Int32Array(pos.length),
    count: new Int32Array(pos.length),
    pos,
  };
  for (let e = 0; e < pos.length; e++) {
    const h = hashAt(text, pos[e] as number);
    index.hash[e] = h;
    const slot = slotOf(index, h);
    const before = index.slots[slot] as number;
    index.prev[e] = before;
    index.count[e] = before < 0 ? 1 : (index.count[before] as number) + 1;
    index.slots[slot] = e;
  }
  return index;
}

/** Last entry whose q-gram hashes like quote[o, o + SEED_LENGTH), or −1. */
function lastEntry(index: SeedIndex, quote: string, o: number): number {
  return index.slots[slotOf(index, hashAt(quote, o))] as number;
}

let cached: SeedIndex | null = null;

/** The index of `text`, rebuilt only when the text changes (anchoring many quotes reuses it). */
export function seedIndexFor(text: string): SeedIndex {
  if (cached?.text !== text) cached = buildSeedIndex(text);
  return cached;
}

/** Offsets in `quote` whose q-grams are seeds: its word starts, and its first character. */
export function quoteSeeds(quote: string): number[] {
  const out: number[] = [];
  for (let o = 0; o + SEED_LENGTH <= quote.length; o++) if (o === 0 || isWordStart(quote, o)) out.push(o);
  return out;
}

/** The quote's seeds that are not too frequent in the indexed text (absent ones included). */
export function usableSeeds(index: SeedIndex, quote: string): number[] {
  return quoteSeeds(quote).filter((o) => {
    const e = lastEntry(index, quote, o);
    return e < 0 || (index.count[e] as number) <= MAX_SEED_HITS;
  });
}

/**
 * Fewest edits that can destroy every seed of the quote (each seed after the first character
 * also needs the space before it): the least number of points stabbing all windows
 * [o − 1, o + q). A match with fewer errors keeps a seed intact, so the filter cannot miss it.
 */
export function seedStabbing(seeds: number[]): number {
  let count = 0;
  let point = -2;
  // Equal-length windows in order: stabbing each open window at its end is optimal.
  for (const o of seeds) {
    // The quote's first character may sit mid-word on the page: no guarantee from that seed.
    if (o === 0 || o - 1 <= point) continue;
    count++;
    point = o + SEED_LENGTH - 1;
  }
  return count;
}

/** Implied quote starts (text position − seed offset) of every seed hit, ascending. */
export function seedDiagonals(index: SeedIndex, quote: string, seeds: number[]): Int32Array {
  const out: number[] = [];
  for (const o of seeds) {
    for (let e = lastEntry(index, quote, o); e >= 0; e = index.prev[e] as number)
      out.push((index.pos[e] as number) - o);
  }
  return Int32Array.from(out).sort();
}

/** A run of nearby diagonals: where the quote would start, and how many seed hits agree. */
export interface Cluster {
  lo: number;
  hi: number;
  votes: number;
}

/** Groups sorted diagonals into clusters whose members are ≤ `gap` apart and span ≤ `width`. */
export function clusterDiagonals(diagonals: Int32Array, gap: number, width: number): Cluster[] {
  const out: Cluster[] = [];
  let cur: Cluster | null = null;
  for (const d of diagonals) {
    if (cur && d - cur.hi <= gap && d - cur.lo <= width) {
      cur.hi = d;
      cur.votes++;
    } else {
      cur = { lo: d, hi: d, votes: 1 };
      out.push(cur);
    }
  }
  return out;
}
