/** Saved articles related to the analysed page, looked up once the analysis is shown (empty until then). */
import { useEffect, useState } from 'preact/hooks';
import type { ArticleAnalysis, RelatedStory } from '@/utils/analysis/types';
import { getDatabase } from '@/utils/db';
import { findLibraryRelated } from '@/utils/library/library-related';
import { findSavedArticle } from '@/utils/library/saved-lookup';

/** Up to `limit` library stories; a failing database only means none are shown. */
export function useLibraryRelated(analysis: ArticleAnalysis, limit: number): RelatedStory[] {
  const [stories, setStories] = useState<RelatedStory[]>([]);
  useEffect(() => {
    let live = true;
    const db = getDatabase();
    findSavedArticle(db, analysis)
      .then((self) => findLibraryRelated(db, analysis, limit, self?.id ?? null))
      .then((found) => live && setStories(found))
      .catch(() => live && setStories([]));
    return () => {
      live = false;
    };
  }, [analysis, limit]);
  return stories;
}
