/**
 * Saving an analysed page to the library (the background's `article/save`): store or update the
 * article, then fetch its images that are not stored yet. The article is committed first, so a
 * failed image never costs the text.
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
import { analysisToInput } from './analysis-input';
import { fetchArticleImages, type ImageFetchOptions } from './fetch-images';

/** Saves `analysis` and its images; resolves once images are stored or have failed. */
export async function saveAnalysis(
  db: LiseuseDatabase,
  analysis: ArticleAnalysis,
  imageOptions: ImageFetchOptions = {},
): Promise<SaveResult> {
  const result = await saveArticle(db, analysisToInput(analysis));
  if (result.created) void requestPersistentStorage();
  const stored = await getImages(db, result.id);
  const missing = analysis.images.filter((url) => stored.get(url)?.status !== 'stored');
  if (missing.length > 0) {
    const rows = await fetchArticleImages(result.id, missing, imageOptions);
    await putImages(db, rows);
  }
  return result;
}
