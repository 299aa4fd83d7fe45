/** Term frequency of a query term in a search row (pure), by binary search on its sorted terms. */
import type { SearchRow } from '@/utils/db/types';
import type { QueryTerm } from './parse-query';

function lowerBound(sorted: string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as string) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Occurrences of the term in the article text (all words it prefixes, for a prefix term). */
export function termFrequency(row: Pick<SearchRow, 'terms' | 'counts'>, term: QueryTerm): number {
  let i = lowerBound(row.terms, term.token);
  let total = 0;
  while (i < row.terms.length) {
    const word = row.terms[i] as string;
    if (word === term.token || (term.prefix && word.startsWith(term.token))) total += row.counts[i] ?? 0;
    else break;
    i += 1;
  }
  return total;
}
