/**
 * Builds an article's search row: the distinct folded tokens of its title, text, tags and notes with
 * their counts in the text, plus marked copies of the title (`~token`) and tag (`#token`) tokens so
 * ranking knows title and tag hits from the index alone.
 */
import type { SearchRow } from '@/utils/store/types';
import { countTokens, isIndexable, tokenize } from './tokenize';

/** Marks a title token in the `words` index. */
export const TITLE_MARK = '~';
/** Marks a tag token in the `words` index. */
export const TAG_MARK = '#';

/** The texts of one article that search looks at. */
export interface IndexableArticle {
  id: string;
  title: string;
  text: string;
  tags: string[];
  /** Annotation note bodies attached to the article. */
  notes: string[];
}

function distinctIndexable(text: string): Set<string> {
  return new Set(tokenize(text).filter(isIndexable));
}

/** Computes the search row of an article (pure); `seq` is stamped by the database when stored. */
export function buildSearchRow(article: IndexableArticle): SearchRow {
  const counts = countTokens(article.text);
  const add = (token: string) => counts.set(token, counts.get(token) ?? 1);
  const titleTokens = distinctIndexable(article.title);
  const tagTokens = distinctIndexable(article.tags.join(' '));
  for (const token of [...titleTokens, ...tagTokens, ...distinctIndexable(article.notes.join(' '))])
    add(token);
  for (const token of titleTokens) add(TITLE_MARK + token);
  for (const token of tagTokens) add(TAG_MARK + token);
  const words = [...counts.keys()].sort();
  return { id: article.id, seq: 0, words, counts: words.map((w) => counts.get(w) ?? 1) };
}
