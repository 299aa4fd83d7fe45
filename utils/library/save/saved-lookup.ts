/** Whether an analysed page is already in the library, looked up by its normalised (canonical) URL. */
import type { ArticleAnalysis } from '@/utils/article/types';
import { normalizeUrl } from '@/utils/shared/normalize-url';
import { findArticleByUrl, type LiseuseDatabase } from '@/utils/store';
import type { ArticleSummary } from '@/utils/store/types';

/** The saved article for this page, or undefined; the same key `saveArticle` stores under. */
export async function findSavedArticle(
  db: LiseuseDatabase,
  analysis: Pick<ArticleAnalysis, 'url' | 'canonicalUrl'>,
): Promise<ArticleSummary | undefined> {
  const url = normalizeUrl(analysis.url, analysis.canonicalUrl);
  return url ? findArticleByUrl(db, url) : undefined;
}

// Re-exported for existing callers; the paths live apart so the popup can link without loading Dexie.
export {
  type LibraryPath,
  libraryPathForArticle,
  libraryPathForEntityName,
} from '@/utils/library/library-paths';
