/**
 * Myers' bit-parallel approximate matching for patterns of at most 32 characters, reporting
 * EVERY place the pattern matches with ≤ k errors (one end offset per local minimum).
 * approx-string-match only reports the best-scoring matches, which hides the alternatives we
 * need to tell a passage from its lookalikes.
 */

/** An approximate match's end offset (exclusive) and error count. */
export interface EndMatch {
  end: number;
  errors: number;
}

/** Pattern bitmasks: a typed array for Latin-1 (the hot path), a map for the rest. */
interface Masks {
  ascii: Int32Array;
  other: Map<number, number>;
}

// One Latin-1 table reused by every search (cleared after use): searches run many times per quote.
const ASCII = new Int32Array(256);

function masksOf(pattern: string): Masks {
  const m = pattern.length;
  if (m === 0 || m > 32) throw new RangeError('myers: pattern must have 1..32 characters');
  const other = new Map<number, number>();
  for (let i = 0; i < m; i++) {
    const c = pattern.charCodeAt(i);
    if (c < 256) ASCII[c] = (ASCII[c] as number) | (1 << i);
    else other.set(c, (other.get(c) ?? 0) | (1 << i));
  }
  return { ascii: ASCII, other };
}

function clearMasks(pattern: string): void {
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charCodeAt(i);
    if (c < 256) ASCII[c] = 0;
  }
}

// The automaton (Myers 1999; no carry-in, so a match may start anywhere in the text) is written
// out in both loops below rather than shared: it is the hot path of every full scan.

/** All local-minimum match ends of `pattern` (≤ 32 chars) in text[from, to) with ≤ k errors. */
export function searchEnds(text: string, pattern: string, k: number, from = 0, to = text.length): EndMatch[] {
  const { ascii, other } = masksOf(pattern);
  const high = 1 << (pattern.length - 1);
  let pv = -1;
  let mv = 0;
  let score = pattern.length;
  const out: EndMatch[] = [];
  let pending: EndMatch | null = null;
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j);
    const eq = c < 256 ? (ascii[c] as number) : (other.get(c) ?? 0);
    const xv = eq | mv;
    const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & high) score++;
    else if (mh & high) score--;
    ph <<= 1;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
    if (score <= k) {
      // Keep only the best end within a run of consecutive qualifying ends.
      if (!pending || score < pending.errors) pending = { end: j + 1, errors: score };
    } else if (pending) {
      out.push(pending);
      pending = null;
    }
  }
  if (pending) out.push(pending);
  clearMasks(pattern);
  return out;
}

/** Fewest errors of any match of `pattern` (≤ 32 chars) lying inside text[from, to). */
export function minErrors(text: string, pattern: string, from: number, to: number): number {
  const { ascii, other } = masksOf(pattern);
  const high = 1 << (pattern.length - 1);
  let pv = -1;
  let mv = 0;
  let score = pattern.length;
  let best = score;
  const end = Math.min(text.length, to);
  for (let j = Math.max(0, from); j < end; j++) {
    const c = text.charCodeAt(j);
    const eq = c < 256 ? (ascii[c] as number) : (other.get(c) ?? 0);
    const xv = eq | mv;
    const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & high) score++;
    else if (mh & high) score--;
    ph <<= 1;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
    if (score < best) best = score;
  }
  clearMasks(pattern);
  return best;
}
