/**
 * Is this page an article? Readability will find "content" on almost any page, so the verdict combines
 * its own readerability test, the page's self-description (JSON-LD, `og:type`), the amount of text and
 * tell-tale page kinds (login forms). Returns the reason when the answer is no.
 */
import { isProbablyReaderable } from '@mozilla/readability';
import type { ExtractedArticle } from '@/utils/extract/extract-article';

/** Fewer words than this is a teaser, a listing or an error page rather than an article. */
const MIN_ARTICLE_WORDS = 120;
/** `og:type` values (or prefixes) that declare something other than an article. */
const NON_ARTICLE_TYPE = /^(?:product|profile|book|place|business|restaurant|music\.|video\.|payment)/i;

/** Verdict on one page; `reason` says why it is not an article. */
export interface ArticleVerdict {
  isArticle: boolean;
  reason: string | null;
}

/** Judges the ORIGINAL document (`isProbablyReaderable` reads it, never modifies it) and its extraction. */
export function judgeArticle(doc: Document, extracted: ExtractedArticle, wordCount: number): ArticleVerdict {
  const no = (reason: string): ArticleVerdict => ({ isArticle: false, reason });
  const declared = extracted.metadata.declaredType;
  if (extracted.degraded === 'no-content') return no('no article content was found');
  if (declared && !extracted.metadata.declaresArticle && NON_ARTICLE_TYPE.test(declared)) {
    return no(`the page describes itself as "${declared}"`);
  }
  if (wordCount < MIN_ARTICLE_WORDS) return no(`too little text (${wordCount} words)`);
  if (doc.querySelector('input[type="password" i]') && wordCount < 3 * MIN_ARTICLE_WORDS) {
    return no('the page is a sign-in form');
  }
  if (!extracted.metadata.declaresArticle && !isProbablyReaderable(doc)) {
    return no('no substantial block of article text');
  }
  return { isArticle: true, reason: null };
}
