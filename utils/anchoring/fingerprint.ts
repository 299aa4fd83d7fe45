/**
 * What the 32-character context cannot tell apart. A quote can occur several times with the same
 * context: repeated paragraphs, or a near-copy of the paragraph added later (a lookalike). The
 * fingerprint records a hash of the passage's whole block, and how many places on the page were
 * indistinguishable from it when it was described (its "twins") and which of them it was, so
 * re-anchoring can break such ties with evidence instead of guessing.
 */
import type { Scored } from './score';
import { blockAround, type TextIndex } from './text-index';
import type { QuoteFingerprint } from './types';

const isWordChar = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c > 127 && /[\p{L}\p{N}]/u.test(String.fromCharCode(c)));

/** FNV-1a hash of a block's letters and digits, lower-cased: typography and spacing do not count. */
export function blockHash(index: TextIndex, start: number, end: number): string {
  const [from, to] = blockAround(index, start, end);
  const text = index.norm.text.slice(from, to).toLowerCase();
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Surrogate halves are hashed as they come: both halves of a letter pass or fail together.
    if (isWordChar(c) || (c >= 0xd800 && c <= 0xdfff)) h = Math.imul(h ^ c, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The candidates a fingerprint cannot tell apart: exact quote, context intact, same block. */
export function indistinguishable(index: TextIndex, exact: Scored[], block: string): Scored[] {
  return exact.filter((c) => c.contextErrors === 0 && blockHash(index, c.start, c.end) === block);
}

/** Fingerprint of the passage at [start, end), given every exact occurrence of its quote (scored). */
export function fingerprintOf(
  index: TextIndex,
  exact: Scored[],
  start: number,
  end: number,
): QuoteFingerprint {
  const block = blockHash(index, start, end);
  const twins = indistinguishable(index, exact, block);
  // The passage itself counts even if its context did not compare cleanly (it always should).
  const ordinal = twins.findIndex((c) => c.start === start);
  if (ordinal < 0) return { block, twins: 1, ordinal: 0 };
  return { block, twins: twins.length, ordinal };
}

/** How the fingerprint settles a set of exact candidates. */
export type FingerprintVerdict =
  | { kind: 'pick'; best: Scored }
  | { kind: 'ambiguous' }
  /** The twins changed in number: an intact one may be another copy, not this passage. */
  | { kind: 'exclude'; spans: Scored[] }
  | { kind: 'undecided' };

/**
 * Breaks a tie among exact candidates. With no twins, the one candidate whose block is intact
 * wins (a lookalike copy differs somewhere in its block). With twins, the same count must still
 * be there, and the stored ordinal must agree with the old position (the nearest twin), or the
 * result is ambiguous; when the count changed, the intact copies are not trusted at all.
 */
export function settleByFingerprint(
  index: TextIndex,
  exact: Scored[],
  fp: QuoteFingerprint,
  oldStart: number | undefined,
): FingerprintVerdict {
  if (exact.length === 0) return { kind: 'undecided' };
  const same = indistinguishable(index, exact, fp.block);
  if (fp.twins <= 1)
    return same.length === 1 ? { kind: 'pick', best: same[0] as Scored } : { kind: 'undecided' };
  if (same.length !== fp.twins) return { kind: 'exclude', spans: same };
  const pick = same[fp.ordinal];
  if (!pick) return { kind: 'ambiguous' };
  if (oldStart === undefined) return { kind: 'pick', best: pick };
  const distance = (c: Scored) => Math.abs(c.start - oldStart);
  const nearest = same.reduce((a, b) => (distance(b) < distance(a) ? b : a));
  return nearest === pick ? { kind: 'pick', best: pick } : { kind: 'ambiguous' };
}
