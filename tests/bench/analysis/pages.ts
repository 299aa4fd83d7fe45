/**
 * The pages the analysis is timed on: those of the shared extraction corpora whose article (as the current
 * pipeline extracts it) has 800 to 1,200 words, the length of a typical news article.
 */
import { analyzeSnapshot } from '@/utils/article/analyze-document';
import type { PageSnapshot } from '@/utils/article/page-snapshot';
import { parseHtmlWithLinkedom } from '@/utils/article/parse-html-linkedom';
import { type Corpus, loadCorpus, type Page } from '../extract/corpus';

export const MIN_WORDS = 800;
export const MAX_WORDS = 1200;

/** The snapshot the popup would take of `page` (its HTML as served, complete, not cut). */
export const snapshotOf = (page: Page): PageSnapshot => ({
  url: page.url,
  title: '',
  html: page.html,
  contentType: 'text/html',
  readyState: 'complete',
  truncated: false,
  totalChars: page.html.length,
});

/** Keeps the pages of 800 to 1,200 words. */
export function articleSizedPages(pages: Page[]): Page[] {
  return pages.filter((page) => {
    const result = analyzeSnapshot(snapshotOf(page), parseHtmlWithLinkedom);
    const words = result.ok ? result.value.wordCount : 0;
    return words >= MIN_WORDS && words <= MAX_WORDS;
  });
}

/** The article-sized pages of each named corpus of `shared`, ids prefixed by the corpus. */
export function loadArticlePages(shared: string, names: Corpus['name'][]): Page[] {
  return names.flatMap((name) =>
    articleSizedPages(loadCorpus(shared, name).pages).map((p) => ({ ...p, id: `${name}/${p.id}` })),
  );
}
