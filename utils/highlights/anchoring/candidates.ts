/**
 * Where might a quote be? Exact occurrences, then approximate ones. Approximate search asks a
 * seed index (word-start q-grams of the text, built once per text) where the quote's own seeds
 * occur, and verifies only there: it cannot miss a match with fewer errors than it takes to
 * destroy every seed, and in practice finds far more edited ones. A full scan runs only when the
 * seeds lead nowhere, or for a short quote near its old place when they cannot vouch for what
 * they found: short segments (start, middle, end) of the quote searched with bit-parallel
 * matching (≤ 32-char segments keep it O(n) per segment whatever the quote's length).
 */
import { searchEnds } from './myers';
import { clusterDiagonals, seedDiagonals, seedIndexFor, seedStabbing, usableSeeds } from './seed-index';
import { knownCandidates, verifyClusters } from './verify';

/** A possible location of the quote in the normalised text. */
export interface Candidate {
  start: number;
  end: number;
  quoteErrors: number;
}

const SEGMENT = 32;
/** Text scanned between two chances to yield to the page. */
const CHUNK = 1 << 14;
/**
 * Characters × segments a full scan may cost when the seeds found something: a short quote (one
 * segment) near its old position, where seeds are fewest and the scan cheapest. Longer quotes
 * have enough seeds that the scan added nothing measurable, at a third of the search's time.
 */
const SCAN_BUDGET = 1 << 14;
/** Hits kept per segment in a full scan; the rest are worse and rarely matter. */
const MAX_HITS = 40;

/** Errors tolerated for a quote of length m: a quarter of it, capped. */
export function maxErrorsFor(m: number): number {
  return Math.min(Math.floor(m / 4), 64);
}

/** Every exact occurrence of `quote` (at most `limit`). */
export function exactCandidates(text: string, quote: string, limit = 500): Candidate[] {
  const out: Candidate[] = [];
  for (let i = text.indexOf(quote); i >= 0 && out.length < limit; i = text.indexOf(quote, i + 1)) {
    out.push({ start: i, end: i + quote.length, quoteErrors: 0 });
  }
  return out;
}

function segmentsOf(quote: string): { offset: number; text: string }[] {
  const m = quote.length;
  if (m <= SEGMENT) return [{ offset: 0, text: quote }];
  const segs = [
    { offset: 0, text: quote.slice(0, SEGMENT) },
    { offset: m - SEGMENT, text: quote.slice(m - SEGMENT) },
  ];
  if (m >= 3 * SEGMENT) {
    const mid = Math.floor((m - SEGMENT) / 2);
    segs.push({ offset: mid, text: quote.slice(mid, mid + SEGMENT) });
  }
  return segs;
}

/** Where the quote's seeds say it starts, grouped; only clusters that can reach text[from, to). */
function seedClusters(text: string, quote: string, seeds: number[], k: number, [from, to]: [number, number]) {
  const m = quote.length;
  if (seeds.length === 0) return [];
  return clusterDiagonals(seedDiagonals(seedIndexFor(text), quote, seeds), k, k).filter(
    (c) => c.hi + m + k > from && c.lo - k < to,
  );
}

/** The full scan: where each segment's best hits in text[from, to) say the quote starts, grouped. */
function* scanClusters(text: string, quote: string, k: number, [from, to]: [number, number]) {
  const implied: number[] = [];
  for (const seg of segmentsOf(quote)) {
    const ks = Math.min(k, maxErrorsFor(seg.text.length));
    const hits = new Map<number, number>();
    for (let at = from; at < to; at += CHUNK) {
      const end = Math.min(to, at + CHUNK + seg.text.length + ks);
      for (const h of searchEnds(text, seg.text, ks, at, end)) hits.set(h.end, h.errors);
      yield;
    }
    const best = [...hits].sort((a, b) => a[1] - b[1]).slice(0, MAX_HITS);
    for (const [end] of best) implied.push(end - seg.text.length - seg.offset);
  }
  return clusterDiagonals(Int32Array.from(implied).sort(), k, k);
}

/**
 * Approximate candidates in text[from, to): every plausible place, lookalikes included (the
 * scorer needs rivals to detect ambiguity), and whatever an earlier search for the same quote
 * in part of the range found. The seeds decide where to look; the full scan runs when they
 * find nothing, or when their best match has more errors than they can vouch for and the range
 * is small enough to scan cheaply (the search near the old position). Yields between steps.
 */
export function* fuzzyCandidates(
  text: string,
  quote: string,
  from = 0,
  to = text.length,
): Generator<void, Candidate[]> {
  const k = maxErrorsFor(quote.length);
  const range: [number, number] = [from, to];
  const seeds = usableSeeds(seedIndexFor(text), quote);
  const seeded = yield* verifyClusters(text, quote, k, seedClusters(text, quote, seeds, k, range), range);
  const best = Math.min(...seeded.map((c) => c.quoteErrors));
  const cheap = segmentsOf(quote).length * (to - from) <= SCAN_BUDGET;
  if (seeded.length === 0 || (best >= seedStabbing(seeds) && cheap)) {
    yield* verifyClusters(text, quote, k, yield* scanClusters(text, quote, k, range), range);
  }
  return knownCandidates(text, quote, k, range);
}
