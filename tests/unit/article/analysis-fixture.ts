import type { ArticleAnalysis } from '@/utils/article/types';

/** An analysis as the popup makes it, of a one-word article; tests override the fields they are about. */
export function analysisFixture(over: Partial<ArticleAnalysis> = {}): ArticleAnalysis {
  return {
    url: 'https://example.org/a',
    canonicalUrl: null,
    title: 'A',
    byline: null,
    siteName: null,
    lang: 'en',
    publishedTime: null,
    excerpt: null,
    leadImage: null,
    html: '<p>a</p>',
    text: 'a',
    wordCount: 1,
    images: [],
    readingTimeMinutes: 1,
    entities: [],
    related: [],
    isArticle: true,
    ...over,
  };
}
