/**
 * v2 → v3: search rows lose their multiEntry index and take the v3 shape (sorted `words` with
 * aligned `counts`, a write `seq`). The snapshot is built on first search.
 */
import type { Transaction } from 'dexie';
import type { SearchRow } from '@/utils/store/types';

/** Shape of a v2 search row. */
interface SearchRowV2 {
  id: string;
  words: string[];
  /** Absent when the v2 upgrade itself already wrote the current shape. */
  terms?: string[];
  counts: number[];
}

/** Converts a v2 search row (pure). */
export function searchRowToV3(row: SearchRowV2, seq: number): SearchRow {
  const keys = row.terms ?? row.words;
  const counts = new Map(keys.map((t, i) => [t, row.counts[i] ?? 1]));
  const words = [...new Set(row.words)].sort();
  return { id: row.id, seq, words, counts: words.map((w) => counts.get(w) ?? 1) };
}

/** Runs inside Dexie's upgrade transaction. */
export async function upgradeToV3(tx: Transaction): Promise<void> {
  let seq = 0;
  await tx
    .table('search')
    .toCollection()
    .modify((row: SearchRowV2 & Partial<SearchRow>) => {
      const next = searchRowToV3(row, ++seq);
      Object.assign(row, next);
      delete (row as Partial<SearchRowV2>).terms;
    });
}
