/**
 * The popup's database reads (Dexie and the db layer). Only `load-library.ts` imports this module, with
 * `import()`, so it is fetched after first paint and never delays the analysis.
 */
import type { ArticleAnalysis, RelatedStory } from '@/utils/article/types';
import { findLibraryRelated } from '@/utils/library/library-related';
import { findSavedArticle } from '@/utils/library/save/saved-lookup';
import { getDatabase } from '@/utils/store';
import type { ArticleSummary } from '@/utils/store/types';

// The Save action and the related list both need the saved copy: one lookup per analysis serves both.
const savedLookups = new WeakMap<ArticleAnalysis, Promise<ArticleSummary | undefined>>();

function savedCopy(analysis: ArticleAnalysis): Promise<ArticleSummary | undefined> {
  let lookup = savedLookups.get(analysis);
  if (!lookup) {
    lookup = findSavedArticle(getDatabase(), analysis);
    savedLookups.set(analysis, lookup);
  }
  return lookup;
}

/** The id of this page's saved copy, or null when it is not in the library. */
export async function savedArticleId(analysis: ArticleAnalysis): Promise<string | null> {
  return (await savedCopy(analysis))?.id ?? null;
}

/** Up to `limit` saved articles related to the page, leaving out the page's own saved copy. */
export async function libraryRelated(analysis: ArticleAnalysis, limit: number): Promise<RelatedStory[]> {
  const self = await savedCopy(analysis);
  return findLibraryRelated(getDatabase(), analysis, limit, self?.id ?? null);
}
