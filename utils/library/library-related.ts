/**
 * "Related from the library" for the popup: saved articles sharing entities or keywords with the
 * analysed page. The candidate set is bounded (articles sharing an indexed entity, plus the newest
 * ones) so the lookup stays fast with 10,000 saved articles.
 */

import { type LibraryCandidate, rankLibraryMatches } from '@/utils/article/related';
import type { ArticleAnalysis, RelatedStory } from '@/utils/article/types';
import { fold } from '@/utils/shared/fold';
import { type LiseuseDatabase, relatedCandidateIds, summariesWithSearchRows } from '@/utils/store';
import { keywordsFromSearchRow } from './stored-keywords';

/** Bounds of the candidate set. */
export interface LibraryRelatedLimits {
  /** Entities of the page looked up in the entity index (best first). */
  entities: number;
  /** Articles taken per entity. */
  perEntity: number;
  /** Newest saved articles always considered (keyword-only matches). */
  newest: number;
  keywords: number;
}

const DEFAULT_LIMITS: LibraryRelatedLimits = { entities: 8, perEntity: 40, newest: 150, keywords: 25 };

/** Loads the bounded candidate set as rankable rows (entity keys and stored keywords). */
export async function libraryCandidates(
  db: LiseuseDatabase,
  analysis: ArticleAnalysis,
  limits: LibraryRelatedLimits = DEFAULT_LIMITS,
): Promise<LibraryCandidate[]> {
  const keys = [...new Set(analysis.entities.slice(0, limits.entities).map((e) => fold(e.text)))];
  const ids = await relatedCandidateIds(db, keys, limits);
  return (await summariesWithSearchRows(db, ids)).map(({ summary, row }) => ({
    id: summary.id,
    url: summary.url,
    title: summary.title,
    entities: summary.entityKeys,
    keywords: row ? keywordsFromSearchRow(row, summary.lang, limits.keywords) : [],
  }));
}

/**
 * Saved articles most like the analysed page, best first; the page itself is excluded by URL and,
 * when it is saved under its canonical URL, by `excludeId`.
 */
export async function findLibraryRelated(
  db: LiseuseDatabase,
  analysis: ArticleAnalysis,
  limit: number,
  excludeId: string | null = null,
): Promise<RelatedStory[]> {
  const candidates = (await libraryCandidates(db, analysis)).filter((c) => c.id !== excludeId);
  return rankLibraryMatches(analysis, candidates, limit);
}
