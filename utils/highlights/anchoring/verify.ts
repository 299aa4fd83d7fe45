/**
 * Verifying where a quote might start. Most places a filter proposes are wrong, so each is first
 * given a cheap lower bound (the quote cut into ≤ 32-character pieces, each searched with Myers
 * on a small window: an alignment with e errors gives its pieces errors summing to ≤ e); only
 * places that pass get the full alignment of the whole quote (align.ts).
 */
import { alignIn, type Pattern, patternOf } from './align';
import type { Candidate } from './candidates';
import { minErrors } from './myers';
import type { Cluster } from './seed-index';

const PIECE = 32;
/** Clusters verified between two chances to yield to the page. */
const PER_SLICE = 8;

/**
 * A lower bound on the errors of any match of `quote` starting within k of [lo, hi]; stops
 * counting once it exceeds k.
 */
export function errorsBound(text: string, quote: string, lo: number, hi: number, k: number): number {
  const m = quote.length;
  const size = Math.ceil(m / Math.ceil(m / PIECE));
  let sum = 0;
  for (let off = 0; off < m && sum <= k; off += size) {
    const piece = quote.slice(off, off + size);
    sum += minErrors(text, piece, lo + off - k, hi + off + piece.length + k);
  }
  return sum;
}

/** Best alignments of the whole quote starting within k of [lo, hi]. */
function align(text: string, pat: Pattern, lo: number, hi: number, k: number): Candidate[] {
  const m = pat.text.length;
  const a = Math.max(0, lo - k - 4);
  const b = Math.min(text.length, hi + m + k + 4);
  if (b - a < m - k) return [];
  return alignIn(text, pat, a, b, k).map(
    (x): Candidate => ({ start: x.start, end: x.end, quoteErrors: x.errors }),
  );
}

// Everything verified for the current text and quote: anchoring searches near the old position,
// then everywhere, and the second search neither redoes nor loses the first one's work.
interface Memo {
  text: string;
  quote: string;
  k: number;
  done: Map<string, Candidate[]>;
  pattern?: Pattern;
}
let memo: Memo | null = null;

function memoFor(text: string, quote: string, k: number): Memo {
  if (memo?.text !== text || memo.quote !== quote || memo.k !== k) memo = { text, quote, k, done: new Map() };
  return memo;
}

/** The quote's bitmasks, built the first time a place passes the bound. */
function patternFor(mem: Memo): Pattern {
  if (!mem.pattern) mem.pattern = patternOf(mem.quote);
  return mem.pattern;
}

function verified(text: string, quote: string, k: number, c: Cluster): Candidate[] {
  const mem = memoFor(text, quote, k);
  const key = `${c.lo}:${c.hi}`;
  let found = mem.done.get(key);
  if (!found) {
    found = errorsBound(text, quote, c.lo, c.hi, k) > k ? [] : align(text, patternFor(mem), c.lo, c.hi, k);
    mem.done.set(key, found);
  }
  return found;
}

const inside = (c: Candidate, [from, to]: [number, number]) => c.start >= from && c.end <= to;

/** Every match of `quote` (≤ k errors) at the clusters, kept inside text[from, to); yields between slices. */
export function* verifyClusters(
  text: string,
  quote: string,
  k: number,
  clusters: Cluster[],
  range: [number, number],
): Generator<void, Candidate[]> {
  const out: Candidate[] = [];
  for (const [i, c] of clusters.entries()) {
    for (const x of verified(text, quote, k, c)) if (inside(x, range)) out.push(x);
    if (i % PER_SLICE === PER_SLICE - 1) yield;
  }
  return out;
}

/** Every distinct match verified so far for this text and quote that lies inside text[from, to). */
export function knownCandidates(
  text: string,
  quote: string,
  k: number,
  range: [number, number],
): Candidate[] {
  const found = new Map<string, Candidate>();
  for (const cs of memoFor(text, quote, k).done.values())
    for (const c of cs) if (inside(c, range)) found.set(`${c.start}:${c.end}`, c);
  return [...found.values()];
}
