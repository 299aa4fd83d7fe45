/**
 * Where might a quote be? Exact occurrences, then approximate ones found by searching short
 * segments (start, middle, end) of the quote with bit-parallel matching and verifying each hit
 * on a small window. Searching ≤ 32-char segments keeps the cost O(n) per segment whatever the
 * quote length (approx-string-match on a whole long quote is O(n·m/32)).
 */
import search from 'approx-string-match';
import { searchEnds } from './myers';

/** A possible location of the quote in the normalised text. */
export interface Candidate {
  start: number;
  end: number;
  quoteErrors: number;
}

const SEGMENT = 32;
/** Text scanned between two chances to yield to the page. */
const CHUNK = 1 << 14;
/** Hits verified per segment; the rest are worse and rarely matter. */
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

/** Verifies a segment hit: best alignment of the whole quote in a window around where it implies the quote is. */
function verify(text: string, quote: string, impliedStart: number, k: number): Candidate[] {
  const from = Math.max(0, impliedStart - k - 4);
  const to = Math.min(text.length, impliedStart + quote.length + k + 4);
  return search(text.slice(from, to), quote, k).map((mt) => ({
    start: from + mt.start,
    end: from + mt.end,
    quoteErrors: mt.errors,
  }));
}

/** Approximate candidates in text[from, to); yields between chunks so a caller can time-slice. */
export function* fuzzyCandidates(
  text: string,
  quote: string,
  from = 0,
  to = text.length,
): Generator<void, Candidate[]> {
  const k = maxErrorsFor(quote.length);
  const found = new Map<string, Candidate>();
  for (const seg of segmentsOf(quote)) {
    const ks = Math.min(k, maxErrorsFor(seg.text.length));
    const hits = new Map<number, number>();
    for (let at = from; at < to; at += CHUNK) {
      const end = Math.min(to, at + CHUNK + seg.text.length + ks);
      for (const h of searchEnds(text, seg.text, ks, at, end)) hits.set(h.end, h.errors);
      yield;
    }
    const best = [...hits].sort((a, b) => a[1] - b[1]).slice(0, MAX_HITS);
    for (const [end] of best) {
      for (const c of verify(text, quote, end - seg.text.length - seg.offset, k))
        found.set(`${c.start}:${c.end}`, c);
    }
    yield;
  }
  return [...found.values()];
}
