/**
 * Myers' bit-parallel approximate matching for patterns of at most 32 characters, reporting
 * EVERY place the pattern matches with ≤ k errors (one end offset per local minimum).
 * approx-string-match only reports the best-scoring matches, which hides the alternatives we
 * need to tell a passage from its lookalikes.
 *
 * The loops below run cold on every page (a content script starts with unoptimised code), so
 * they are written for the JIT: no call, allocation or branch-dependent property access inside
 * the automaton. A rare branch taken for the first time in optimised code (a first match, a
 * first non-Latin-1 character) deoptimises the whole loop back to the interpreter; in Chromium
 * that made the first full scan of a long page several times slower than the next ones.
 */

/** An approximate match's end offset (exclusive) and error count. */
export interface EndMatch {
  end: number;
  errors: number;
}

// Pattern bitmasks for every UTF-16 code unit, so the loop reads one typed array whatever the
// character. One table (256 kB, made on first use) serves every search; entries a pattern set
// are cleared after it, since searches run many times per quote.
let masks: Int32Array | null = null;

function masksOf(pattern: string): Int32Array {
  const m = pattern.length;
  if (m === 0 || m > 32) throw new RangeError('myers: pattern must have 1..32 characters');
  masks ??= new Int32Array(0x10000);
  for (let i = 0; i < m; i++) {
    const c = pattern.charCodeAt(i);
    masks[c] = (masks[c] as number) | (1 << i);
  }
  return masks;
}

function clearMasks(table: Int32Array, pattern: string): void {
  for (let i = 0; i < pattern.length; i++) table[pattern.charCodeAt(i)] = 0;
}

// Scores of the current search, one per text character; grown as needed, reused across searches.
let scores = new Int32Array(0);

/**
 * Runs the automaton (Myers 1999; no carry-in, so a match may start anywhere in the text) over
 * text[from, to), storing the best score of a match ending at each character in `scores`.
 * Returns the lowest score seen.
 */
function run(text: string, pattern: string, from: number, to: number): number {
  const eqOf = masksOf(pattern);
  if (scores.length < to - from) scores = new Int32Array(Math.max(to - from, 1 << 14));
  const lowest = automaton(text, eqOf, pattern.length, scores, from, to);
  clearMasks(eqOf, pattern);
  return lowest;
}

/**
 * The loop alone: the engine optimises it while it runs (on-stack replacement), before any
 * code after it has run, and a call after the loop would then discard that optimised code.
 */
function automaton(
  text: string,
  eqOf: Int32Array,
  m: number,
  out: Int32Array,
  from: number,
  to: number,
): number {
  const high = 1 << (m - 1);
  let pv = -1;
  let mv = 0;
  let score = m;
  let lowest = score;
  for (let j = from; j < to; j++) {
    const eq = eqOf[text.charCodeAt(j)] as number;
    const xv = eq | mv;
    const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq;
    const ph = mv | ~(xh | pv);
    const mh = pv & xh;
    // The last row's horizontal delta: +1, −1 or 0 (ph and mh never share a bit).
    score += ((ph & high) !== 0 ? 1 : 0) - ((mh & high) !== 0 ? 1 : 0);
    const phs = ph << 1;
    const mhs = mh << 1;
    pv = mhs | ~(xv | phs);
    mv = phs & xv;
    out[j - from] = score;
    lowest = Math.min(score, lowest);
  }
  return lowest;
}

/** All local-minimum match ends of `pattern` (≤ 32 chars) in text[from, to) with ≤ k errors. */
export function searchEnds(text: string, pattern: string, k: number, from = 0, to = text.length): EndMatch[] {
  const end = Math.min(text.length, to);
  const start = Math.max(0, from);
  const out: EndMatch[] = [];
  if (end <= start || run(text, pattern, start, end) > k) return out;
  // Keep only the best end within each run of consecutive qualifying ends.
  let pending: EndMatch | null = null;
  for (let j = start; j < end; j++) {
    const score = scores[j - start] as number;
    if (score <= k) {
      if (!pending || score < pending.errors) pending = { end: j + 1, errors: score };
    } else if (pending) {
      out.push(pending);
      pending = null;
    }
  }
  if (pending) out.push(pending);
  return out;
}

/** Fewest errors of any match of `pattern` (≤ 32 chars) lying inside text[from, to). */
export function minErrors(text: string, pattern: string, from: number, to: number): number {
  const end = Math.min(text.length, to);
  const start = Math.max(0, from);
  return end <= start ? pattern.length : run(text, pattern, start, end);
}
