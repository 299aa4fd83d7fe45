/**
 * Block-level context: hashes of the paragraphs before and after a passage. When the passage's
 * own text, context and block are repeated word for word elsewhere, the surrounding paragraphs
 * often are not, and they survive edits that move the passage away from where its ordinal and
 * old position say (a lookalike or a paragraph inserted). A candidate is accepted only if its
 * surroundings match clearly better than anywhere else on the page.
 */

import type { Neighbours } from '@/utils/shared/selectors';
import { type BlockTable, blockAt, blockTable } from './block-table';
import type { Candidate } from './candidates';
import type { TextIndex } from './text-index';

/** Blocks recorded on each side of the passage. */
export const NEIGHBOURS = 4;
/** Blocks inserted between the passage and a recorded neighbour that still count as a match. */
const SLACK = 2;

/** First and last block (table positions) of the span [start, end). */
function blocksOf(table: BlockTable, start: number, end: number): [number, number] {
  return [blockAt(table, start), blockAt(table, Math.max(start, end - 1))];
}

/** Hashes of up to NEIGHBOURS letter-bearing blocks on each side of [start, end), nearest first. */
export function neighboursOf(index: TextIndex, start: number, end: number): Neighbours {
  const table = blockTable(index);
  const [first, last] = blocksOf(table, start, end);
  const before = table.hashes.slice(Math.max(0, first - NEIGHBOURS), first).reverse();
  const after = table.hashes.slice(last + 1, last + 1 + NEIGHBOURS);
  return { before, after };
}

/**
 * Recorded neighbours found on one side of a place: the j-th nearest (from 1) counts if it lies
 * within j + SLACK blocks (paragraphs inserted in between are allowed for); each block counts
 * once, so a run of copies matches as many recorded copies as it has.
 */
function sideScore(table: BlockTable, from: number, step: 1 | -1, recorded: string[]): number {
  const used = new Set<number>();
  for (const [j, hash] of recorded.entries()) {
    for (let d = 1; d <= j + 1 + SLACK; d++) {
      const at = from + step * d;
      if (at < 0 || at >= table.hashes.length) break;
      if (!used.has(at) && table.hashes[at] === hash) {
        used.add(at);
        break;
      }
    }
  }
  return used.size;
}

/** Score of the place made of the blocks [first, last]. */
function scoreAt(table: BlockTable, [first, last]: [number, number], n: Neighbours): number {
  return sideScore(table, first, -1, n.before) + sideScore(table, last, 1, n.after);
}

/**
 * The candidates at the place whose surroundings hold the most recorded neighbours, if they hold
 * at least half of them (and two), no other place's hold as many, and no place farther than SLACK
 * blocks from it does either (nearer places may: paragraphs inserted beside the passage have its
 * neighbours too). Copies of the passage count as neighbours like any paragraph: with all copies
 * still there, which ones stand around it is evidence too. The caller uses this only then: when
 * a copy is lost, the gap it left or what remains of it can match as well as a copy beside it.
 * Several candidates come back when the passage occurs more than once in the winning block; none
 * when the neighbours do not single a place out.
 */
export function settleByNeighbours<T extends Candidate>(
  index: TextIndex,
  candidates: T[],
  recorded: Neighbours,
): T[] {
  const table = blockTable(index);
  const spans = candidates.map((c) => blocksOf(table, c.start, c.end));
  const scores = spans.map((s) => scoreAt(table, s, recorded));
  const top = Math.max(...scores);
  const need = Math.max(2, Math.ceil((recorded.before.length + recorded.after.length) / 2));
  const winners = scores.flatMap((s, i) => (s === top ? [i] : []));
  const [first, last] = spans[winners[0] ?? -1] ?? [-1, -1];
  const onePlace = winners.every((i) => spans[i]?.[0] === first && spans[i]?.[1] === last);
  if (first < 0 || top < need || !onePlace) return [];
  const width = last - first;
  for (let p = 0; p + width < table.hashes.length; p++) {
    if (Math.abs(p - first) > SLACK && scoreAt(table, [p, p + width], recorded) >= top) return [];
  }
  return winners.map((i) => candidates[i] as T);
}
