/** Background handlers for the library: `article/save`, images the reader asks for, and `article/capture` for saved links. */

import { fetchArticleImages } from '@/utils/library/save/fetch-images';
import { saveAnalysis } from '@/utils/library/save/save-service';
import type { Handlers } from '@/utils/messaging';
import { getArticle, getDatabase, putImages } from '@/utils/store';
import { capturePage } from './capture';

/** Library message handlers, merged into the background's listener. */
export const articleHandlers: Handlers = {
  'article/save': (payload) => saveAnalysis(getDatabase(), payload.analysis),
  'article/load-image': async ({ articleId, url }) => {
    // Only one of the article's own images, with the same limits as at save time.
    const article = await getArticle(getDatabase(), articleId);
    if (!article?.images.includes(url)) return { stored: false };
    const rows = await fetchArticleImages(articleId, [url]);
    await putImages(getDatabase(), rows);
    return { stored: rows[0]?.status === 'stored' };
  },
  'article/capture': (payload) => capturePage(payload.url),
};
