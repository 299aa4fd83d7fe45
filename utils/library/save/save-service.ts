/**
 * Saving an analysed page to the library (the background's `article/save`): store or update the
 * article, then fetch its images (and lead image) that are not stored yet and make the list's
 * thumbnail. The article is committed first, so a failed image never costs the text.
 */
import type { ArticleAnalysis } from '@/utils/article/types';
import {
  getImages,
  type LiseuseDatabase,
  putImages,
  requestPersistentStorage,
  saveArticle,
} from '@/utils/store';
import type { SaveResult } from '@/utils/store/types';
import { storedArticleHtml } from '../stored-html';
import { refreshThumbnail } from '../thumbnails';
import { analysisToInput } from './analysis-input';
import { fetchArticleImages, type ImageFetchOptions } from './fetch-images';

/** Saves `analysis` and its images; resolves once images are stored or have failed. */
export async function saveAnalysis(
  db: LiseuseDatabase,
  analysis: ArticleAnalysis,
  imageOptions: ImageFetchOptions = {},
): Promise<SaveResult> {
  // The HTML came by message: sanitised here, before it is stored.
  const input = { ...analysisToInput(analysis), html: storedArticleHtml(analysis.html, analysis.url) };
  const result = await saveArticle(db, input);
  if (result.created) void requestPersistentStorage();
  const stored = await getImages(db, result.id);
  // The lead image too: the library list shows it as the article's thumbnail, offline.
  const wanted = [...new Set([...(analysis.leadImage ? [analysis.leadImage] : []), ...analysis.images])];
  const missing = wanted.filter((url) => stored.get(url)?.status !== 'stored');
  if (missing.length > 0) {
    const rows = await fetchArticleImages(result.id, missing, imageOptions);
    await putImages(db, rows);
  }
  await refreshThumbnail(db, result.id).catch(() => undefined);
  return result;
}
