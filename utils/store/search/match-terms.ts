/**
 * Matching query terms against the snapshot (inverted index) and against delta rows (pure).
 * A prefix term sums the counts of every token it starts.
 */
import { lowerBound } from '@/utils/shared/sorted';
import type { SearchRow } from '@/utils/store/types';
import type { SearchSnapshot } from './inverted-index';
import type { QueryTerm } from './parse-query';

const matches = (word: string, token: string, prefix: boolean) =>
  word === token || (prefix && word.startsWith(token));

/** Per-doc frequency of `mark + term` in the snapshot (0 where absent). */
export function snapshotFrequencies(s: SearchSnapshot, term: QueryTerm, mark = ''): Uint32Array {
  const tf = new Uint32Array(s.docs.length);
  const token = mark + term.token;
  for (let i = lowerBound(s.vocab, token); i < s.vocab.length; i++) {
    if (!matches(s.vocab[i] as string, token, term.prefix)) break;
    for (let p = s.offsets[i] as number; p < (s.offsets[i + 1] as number); p++) {
      const doc = s.postings[p] as number;
      tf[doc] = (tf[doc] as number) + (s.counts[p] as number);
    }
  }
  return tf;
}

/** Frequency of `mark + term` in one search row (0 when absent). */
export function rowFrequency(row: Pick<SearchRow, 'words' | 'counts'>, term: QueryTerm, mark = ''): number {
  const token = mark + term.token;
  let total = 0;
  for (let i = lowerBound(row.words, token); i < row.words.length; i++) {
    if (!matches(row.words[i] as string, token, term.prefix)) break;
    total += row.counts[i] ?? 1;
  }
  return total;
}
