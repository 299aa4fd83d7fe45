/**
 * Best alignment of a whole quote (any length) inside a small window of the text: Myers'
 * bit-parallel algorithm in 32-row blocks (Hyyrö's formulation), like approx-string-match's
 * `search`, but with the pattern's bitmasks built once per quote and no string reversal or
 * per-call allocation beyond two small arrays, since it runs for every place worth verifying.
 */

/** A quote's bitmasks, forwards and backwards. */
export interface Pattern {
  text: string;
  blocks: number;
  forward: Masks;
  backward: Masks;
}

interface Masks {
  /** 256 × blocks masks for Latin-1 characters. */
  ascii: Int32Array;
  other: Map<number, Int32Array>;
}

/** A match of the quote: [start, end) in the text and its edit distance. */
export interface Alignment {
  start: number;
  end: number;
  errors: number;
}

function masksOf(p: string, blocks: number, reversed: boolean): Masks {
  const ascii = new Int32Array(256 * blocks);
  const other = new Map<number, Int32Array>();
  const m = p.length;
  for (let i = 0; i < m; i++) {
    const c = p.charCodeAt(reversed ? m - 1 - i : i);
    const bit = 1 << (i & 31);
    const b = i >> 5;
    if (c < 256) ascii[c * blocks + b] = (ascii[c * blocks + b] as number) | bit;
    else {
      const row = other.get(c) ?? new Int32Array(blocks);
      row[b] = (row[b] as number) | bit;
      other.set(c, row);
    }
  }
  return { ascii, other };
}

/** Prepares a quote for aligning. */
export function patternOf(quote: string): Pattern {
  const blocks = Math.max(1, Math.ceil(quote.length / 32));
  return {
    text: quote,
    blocks,
    forward: masksOf(quote, blocks, false),
    backward: masksOf(quote, blocks, true),
  };
}

/**
 * Scores of the best match of the whole pattern ending at each step of a walk over the text
 * from `from` by `step` (+1 or −1) for `count` characters; calls `visit(i, score)` per step.
 */
function walk(
  t: string,
  pat: Pattern,
  masks: Masks,
  from: number,
  step: number,
  count: number,
  visit: (i: number, s: number) => void,
) {
  const B = pat.blocks;
  const P = new Int32Array(B).fill(-1);
  const M = new Int32Array(B);
  const lastBit = 1 << ((pat.text.length - 1) & 31);
  let score = pat.text.length;
  for (let i = 0, j = from; i < count; i++, j += step) {
    const c = t.charCodeAt(j);
    const row = c < 256 ? null : masks.other.get(c);
    let hin = 0;
    for (let b = 0; b < B; b++) {
      const peq = c < 256 ? (masks.ascii[c * B + b] as number) : row ? (row[b] as number) : 0;
      const pv = P[b] as number;
      const mv = M[b] as number;
      const eq = peq | (hin < 0 ? 1 : 0);
      const xv = eq | mv;
      const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      const high = b === B - 1 ? lastBit : 1 << 31;
      const hout = ph & high ? 1 : mh & high ? -1 : 0;
      ph <<= 1;
      mh <<= 1;
      if (hin < 0) mh |= 1;
      else if (hin > 0) ph |= 1;
      P[b] = mh | ~(xv | ph);
      M[b] = ph & xv;
      hin = hout;
    }
    score += hin;
    visit(j, score);
  }
}

/**
 * Every best match (fewest errors, at most k) of the pattern inside text[a, b), each with its
 * longest start, as approx-string-match's `search` reports them.
 */
export function alignIn(t: string, pat: Pattern, a: number, b: number, k: number): Alignment[] {
  let best = k + 1;
  let ends: number[] = [];
  walk(t, pat, pat.forward, a, 1, b - a, (j, s) => {
    if (s < best) {
      best = s;
      ends = [j + 1];
    } else if (s === best) ends.push(j + 1);
  });
  if (best > k) return [];
  const m = pat.text.length;
  return ends.map((end) => {
    const lo = Math.max(a, end - m - best);
    let start = end;
    let fewest = best + 1;
    // Walking backwards from the end, the reversed pattern's best matches give the start (the earliest).
    walk(t, pat, pat.backward, end - 1, -1, end - lo, (j, s) => {
      if (s < fewest || (s === fewest && j < start)) {
        fewest = s;
        start = j;
      }
    });
    return { start, end, errors: best };
  });
}
