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

/** All local-minimum match ends of `pattern` (≤ 32 chars) in text[from, to) with ≤ k errors. */
export function searchEnds(text: string, pattern: string, k: number, from = 0, to = text.length): EndMatch[] {
  const m = pattern.length;
  if (m === 0 || m > 32) throw new RangeError('searchEnds: pattern must have 1..32 characters');
  // Pattern bitmasks: a typed array for Latin-1 (the hot path), a map for the rest.
  const ascii = new Int32Array(256);
  const other = new Map<number, number>();
  for (let i = 0; i < m; i++) {
    const c = pattern.charCodeAt(i);
    if (c < 256) ascii[c] = (ascii[c] ?? 0) | (1 << i);
    else other.set(c, (other.get(c) ?? 0) | (1 << i));
  }
  const high = 1 << (m - 1);
  let pv = -1;
  let mv = 0;
  let score = m;
  const out: EndMatch[] = [];
  let pending: EndMatch | null = null;
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j);
    const eq = c < 256 ? (ascii[c] ?? 0) : (other.get(c) ?? 0);
    const xv = eq | mv;
    const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & high) score++;
    else if (mh & high) score--;
    ph <<= 1; // no carry-in: a match may start anywhere in the text
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
  return out;
}
