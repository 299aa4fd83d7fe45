/**
 * Builds an article's search row: the distinct folded tokens of its title, text, tags and notes
 * (one multiEntry index, queried with startsWith for prefixes), plus marked copies of the title
 * (`~token`) and tag (`#token`) tokens so ranking can find title and tag hits from the index alone.
 */
import type { SearchRow } from '@/utils/db/types';
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

/** Computes the search row of an article (pure). */
export function buildSearchRow(article: IndexableArticle): SearchRow {
  const counts = countTokens(article.text);
  const titleTokens = distinctIndexable(article.title);
  const tagTokens = distinctIndexable(article.tags.join(' '));
  const noteTokens = distinctIndexable(article.notes.join(' '));
  const plain = new Set([...counts.keys(), ...titleTokens, ...tagTokens, ...noteTokens]);
  const terms = [...counts.keys()].sort();
  const words = [
    ...plain,
    ...[...titleTokens].map((t) => TITLE_MARK + t),
    ...[...tagTokens].map((t) => TAG_MARK + t),
  ];
  return { id: article.id, words, terms, counts: terms.map((t) => counts.get(t) ?? 0) };
}
