/** Maps an `ArticleAnalysis` (popup/CLI) to what the library stores (pure). */
import type { ArticleAnalysis } from '@/utils/article/types';
import type { ArticleInput } from '@/utils/store/types';

/** The library input for an analysed page; reader state (status, tags…) is left to the repository. */
export function analysisToInput(analysis: ArticleAnalysis): ArticleInput {
  return {
    url: analysis.url,
    canonicalUrl: analysis.canonicalUrl,
    title: analysis.title,
    byline: analysis.byline,
    siteName: analysis.siteName,
    lang: analysis.lang,
    publishedTime: analysis.publishedTime,
    excerpt: analysis.excerpt,
    leadImage: analysis.leadImage,
    html: analysis.html,
    text: analysis.text,
    wordCount: analysis.wordCount,
    readingTimeMinutes: analysis.readingTimeMinutes,
    entities: analysis.entities,
    related: analysis.related,
    images: analysis.images,
    source: 'web',
  };
}
