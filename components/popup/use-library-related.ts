/** Saved articles related to the analysed page, looked up once the database code has loaded after first paint. */
import { useCallback } from 'preact/hooks';
import type { LibraryLookups } from '@/components/popup/load-library';
import { type LibraryResult, useLibrary } from '@/components/popup/use-library';
import type { ArticleAnalysis, RelatedStory } from '@/utils/article/types';

/** Up to `limit` library stories, with the lookup's status so the list can say "checking" or "unavailable". */
export function useLibraryRelated(analysis: ArticleAnalysis, limit: number): LibraryResult<RelatedStory[]> {
  const lookup = useCallback((lib: LibraryLookups) => lib.libraryRelated(analysis, limit), [analysis, limit]);
  return useLibrary(lookup);
}
