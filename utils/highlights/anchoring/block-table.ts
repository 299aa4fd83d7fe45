/**
 * The page's blocks (paragraphs, list items, headings…) that hold letters, in text order, each
 * with its letters-and-digits hash: the sequence in which a passage's neighbours are looked up.
 */
import { countAtMost } from '@/utils/shared/sorted';
import { hashLetters } from './block-hash';
import type { TextIndex } from './text-index';

/** Letter-bearing blocks of one text index, in text order. */
export interface BlockTable {
  /** Normalised offset where each block starts. */
  starts: Int32Array;
  hashes: string[];
}

const tables = new WeakMap<TextIndex, BlockTable>();

/** The index's block table, built once (O(text length)) and kept as long as the index lives. */
export function blockTable(index: TextIndex): BlockTable {
  const cached = tables.get(index);
  if (cached) return cached;
  const text = index.norm.text;
  const cuts = [0, ...index.normBreaks, text.length];
  const starts: number[] = [];
  const hashes: string[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i] ?? 0;
    const hash = hashLetters(text, from, cuts[i + 1] ?? 0);
    if (hash === null) continue;
    starts.push(from);
    hashes.push(hash);
  }
  const table = { starts: Int32Array.from(starts), hashes };
  tables.set(index, table);
  return table;
}

/** Position in the table of the block holding normalised offset `at` (the last block starting at or before it). */
export function blockAt(table: BlockTable, at: number): number {
  return Math.max(0, countAtMost(table.starts, at) - 1);
}
