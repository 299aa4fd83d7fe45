/** Whether an analysed page is already in the library, looked up by its normalised (canonical) URL. */
import type { ArticleAnalysis } from '@/utils/analysis/types';
import { findArticleByUrl, type LiseuseDatabase } from '@/utils/db';
import type { ArticleSummary } from '@/utils/db/types';
import { normalizeUrl } from '@/utils/url/normalize-url';
import { writeLibraryState } from './library-state';

/** The saved article for this page, or undefined; the same key `saveArticle` stores under. */
export async function findSavedArticle(
  db: LiseuseDatabase,
  analysis: Pick<ArticleAnalysis, 'url' | 'canonicalUrl'>,
): Promise<ArticleSummary | undefined> {
  const url = normalizeUrl(analysis.url, analysis.canonicalUrl);
  return url ? findArticleByUrl(db, url) : undefined;
}

/** A path inside the library page, typed so `browser.runtime.getURL` accepts it. */
export type LibraryPath = `/library.html${string}`;

/** The library page path of one article's reader view. */
export function libraryPathForArticle(id: string): LibraryPath {
  return `/library.html${writeLibraryState({ query: '', filters: {}, articleId: id })}`;
}

/** The library page path filtered by an entity (same URL as `libraryPathForEntity`, typed). */
export function libraryPathForEntityName(entity: string): LibraryPath {
  return `/library.html${writeLibraryState({ query: '', filters: { entity }, articleId: null })}`;
}
