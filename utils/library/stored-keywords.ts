/**
 * Keywords of a saved article read back from its search row (pure): the row already holds the folded
 * words of its text with their counts, so "related from the library" never reads or re-tokenises the
 * heavy article text.
 */

import { stopwordsFor } from '@/utils/shared/stopwords';
import { TAG_MARK, TITLE_MARK } from '@/utils/store';
import type { SearchRow } from '@/utils/store/types';

// Shorter tokens are mostly elisions, units and numbers' leftovers, never a topic.
const MIN_LENGTH = 3;

/** The `limit` most frequent plain words of a search row, stopwords and numbers left out. */
export function keywordsFromSearchRow(row: SearchRow, lang: string, limit: number): string[] {
  const stop = stopwordsFor(lang);
  const plain = row.words.flatMap((word, i) =>
    word.startsWith(TITLE_MARK) ||
    word.startsWith(TAG_MARK) ||
    word.length < MIN_LENGTH ||
    /^\d/.test(word) ||
    stop.has(word)
      ? []
      : [{ word, count: row.counts[i] ?? 1 }],
  );
  plain.sort((a, b) => b.count - a.count || (a.word < b.word ? -1 : 1));
  return plain.slice(0, Math.max(0, limit)).map((entry) => entry.word);
}
