/**
 * What the 32-character context cannot tell apart. A quote can occur several times with the same
 * context: repeated paragraphs, a sentence repeated in two places, or a near-copy of the paragraph
 * added later (a lookalike). The fingerprint records a hash of the passage's block and, at two
 * levels (same quote and context; and also the same block), how many places on the page were
 * indistinguishable when it was described and which of them it was (and, for a repeated
 * passage, the paragraphs around it: see neighbours.ts). Re-anchoring then breaks ties with that
 * evidence, and refuses to guess when copies were lost, since the passage may be the one gone.
 */

import type { QuoteFingerprint } from '@/utils/shared/selectors';
import { hashSpan } from './block-hash';
import { elementRawEnd, elementRawStart } from './dom-offsets';
import { settleByNeighbours } from './neighbours';
import { nearestTo, type Scored } from './score';
import { blockAround, blockElementOf, normToPoints, rawToNorm, type TextIndex } from './text-index';

/** FNV-1a hash of a block's letters and digits: typography and spacing edits do not count. */
export function blockHash(index: TextIndex, start: number, end: number): string {
  const [from, to] = blockAround(index, start, end);
  return hashSpan(index.norm.text, from, to);
}

/**
 * Hash of the whole block element around [start, end). It differs from the block hash when the
 * element holds several blocks (lines split by <br>, nested paragraphs): a copy of the element
 * with a change in another line has an identical block but not an identical element.
 */
export function elementHash(index: TextIndex, start: number, end: number): string {
  const points = normToPoints(index, start, end);
  if (!points) return '';
  const el = blockElementOf(index, points[0].node);
  const [from, to] = rawToNorm(index, elementRawStart(index, el), elementRawEnd(index, el));
  return hashSpan(index.norm.text, from, to);
}

/** Exact candidates whose context is intact (ascending), and those of them in an identical block. */
function groups(index: TextIndex, exact: Scored[], block: string): { alike: Scored[]; same: Scored[] } {
  const alike = exact.filter((c) => c.contextErrors === 0);
  return { alike, same: alike.filter((c) => blockHash(index, c.start, c.end) === block) };
}

/** Fingerprint of the passage at [start, end) (near-copies aside), given its quote's exact occurrences. */
export function fingerprintOf(
  index: TextIndex,
  exact: Scored[],
  start: number,
  end: number,
): Omit<QuoteFingerprint, 'near'> {
  const block = blockHash(index, start, end);
  const element = elementHash(index, start, end);
  const { alike, same } = groups(index, exact, block);
  const at = (list: Scored[]) => list.findIndex((c) => c.start === start);
  // The passage's own context always compares cleanly; if it somehow did not, it stands alone.
  if (at(same) < 0 || at(alike) < 0)
    return { block, element, twins: 1, ordinal: 0, alike: 1, alikeOrdinal: 0 };
  return {
    block,
    element,
    twins: same.length,
    ordinal: at(same),
    alike: alike.length,
    alikeOrdinal: at(alike),
  };
}

/** How the fingerprint settles the exact candidates. */
export type FingerprintVerdict =
  | { kind: 'pick'; best: Scored }
  | { kind: 'ambiguous' }
  /** The copies changed in number: an intact one may be another copy, not this passage. */
  | { kind: 'exclude'; spans: Scored[] }
  | { kind: 'undecided' };

/**
 * The `ordinal`-th of `list`, accepted only if it is also the one nearest the old position when
 * there are several (a copy moved across the passage would otherwise shift the count silently).
 */
function byOrdinal(list: Scored[], ordinal: number, oldStart: number | undefined): FingerprintVerdict {
  const pick = list[ordinal];
  if (!pick) return { kind: 'ambiguous' };
  if (list.length === 1 || oldStart === undefined) return { kind: 'pick', best: pick };
  return nearestTo(list, oldStart) === pick ? { kind: 'pick', best: pick } : { kind: 'ambiguous' };
}

/**
 * The copy at the passage's rank among as many copies as when described (identical blocks first,
 * else same quote and context); undefined when both counts changed.
 */
function ranked(same: Scored[], alike: Scored[], fp: QuoteFingerprint): [Scored[], number] | undefined {
  if (same.length > 0 && same.length === fp.twins) return [same, fp.ordinal];
  if (alike.length === fp.alike) return [alike, fp.alikeOrdinal];
  return undefined;
}

/** By ordinal among the same number of copies as when described (`rank`); else unsettled. */
function byCount(
  rank: [Scored[], number] | undefined,
  alike: Scored[],
  fp: QuoteFingerprint,
  oldStart?: number,
): FingerprintVerdict {
  if (rank) return byOrdinal(rank[0], rank[1], oldStart);
  return fp.alike > 1 ? { kind: 'exclude', spans: alike } : { kind: 'ambiguous' };
}

/**
 * The copy the surrounding blocks single out, only while every copy `described` is still there:
 * when one is lost, the passage may be that one, and its gap can match as well as a copy beside it.
 * When the passage occurs more than once in the block they single out, the copy at its rank
 * (`byRank`, counts unchanged) is taken if it is one of those: something inserted before the
 * passage can put a sibling nearer its old position, but not move it out of its block.
 */
function byNeighbours(
  index: TextIndex,
  copies: Scored[],
  described: number,
  fp: QuoteFingerprint,
  byRank?: Scored,
): Scored | undefined {
  if (!fp.neighbours || copies.length < described) return undefined;
  const place = settleByNeighbours(index, copies, fp.neighbours);
  if (place.length === 1) return place[0];
  return byRank && place.includes(byRank) ? byRank : undefined;
}

/**
 * With no exact occurrence in its old context (a neighbouring sentence was edited, or a near-copy
 * took the old context), a passage whose whole block is still intact is that block.
 */
function inIntactBlock(index: TextIndex, exact: Scored[], fp: QuoteFingerprint): FingerprintVerdict {
  const intact = exact.filter((c) => blockHash(index, c.start, c.end) === fp.block);
  if (fp.twins === 1 && intact.length === 1) return { kind: 'pick', best: intact[0] as Scored };
  const best = byNeighbours(index, intact, fp.twins, fp);
  return best ? { kind: 'pick', best } : { kind: 'undecided' };
}

/**
 * Settles exact candidates with the fingerprint: the same number of identical blocks as when
 * described → by ordinal; else the same number of quote-and-context matches → by ordinal; where
 * that fails, by the surrounding blocks if they single one copy out (or one block, and the copy
 * at the passage's rank lies in it); else, if the passage had copies, none of the intact ones is
 * trusted (the passage may be the copy that was edited or deleted); a unique passage with no
 * exact match is left to approximate search.
 */
export function settleByFingerprint(
  index: TextIndex,
  exact: Scored[],
  fp: QuoteFingerprint,
  oldStart: number | undefined,
): FingerprintVerdict {
  const { alike, same } = groups(index, exact, fp.block);
  if (alike.length === 0) return inIntactBlock(index, exact, fp);
  if (fp.twins === 1 && same.length > 1 && fp.element) {
    // A copy of the block appeared; the passage is the one whose whole element is intact.
    const intact = same.filter((c) => elementHash(index, c.start, c.end) === fp.element);
    if (intact.length === 1) return { kind: 'pick', best: intact[0] as Scored };
  }
  const rank = ranked(same, alike, fp);
  const verdict = byCount(rank, alike, fp, oldStart);
  if (verdict.kind === 'pick') return verdict;
  const byRank = rank?.[0][rank[1]];
  const best =
    same.length > 0
      ? byNeighbours(index, same, fp.twins, fp, byRank)
      : byNeighbours(index, alike, fp.alike, fp, byRank);
  return best ? { kind: 'pick', best } : verdict;
}
