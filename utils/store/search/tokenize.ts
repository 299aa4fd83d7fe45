/**
 * Splits folded text into search tokens: runs of letters and digits. Hyphens, apostrophes and
 * punctuation separate tokens, so "l'État-major" gives "l", "etat", "major".
 */
import { fold } from '@/utils/shared/fold';
import { isIndexStopword } from '@/utils/shared/stopwords';

/** Longest token kept: longer runs are URLs or hashes, not words a reader types. */
export const MAX_TOKEN_LENGTH = 32;

const TOKEN_RE = /[\p{L}\p{N}]+/gu;

/** All folded tokens of `text`, in order, duplicates kept. */
export function tokenize(text: string): string[] {
  return fold(text).match(TOKEN_RE) ?? [];
}

/** Whether a token is worth indexing: two characters or more, not a stopword, not absurdly long. */
export function isIndexable(token: string): boolean {
  return token.length >= 2 && token.length <= MAX_TOKEN_LENGTH && !isIndexStopword(token);
}

/** Counts indexable tokens of `text` into `counts` (created when omitted). */
export function countTokens(text: string, counts: Map<string, number> = new Map()): Map<string, number> {
  for (const token of tokenize(text)) {
    if (isIndexable(token)) counts.set(token, (counts.get(token) ?? 0) + 1);
  }
  return counts;
}
