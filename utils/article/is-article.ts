/**
 * Is this page an article? Readability will find "content" on almost any page, so the verdict combines
 * its own readerability test, the page's self-description (JSON-LD, `og:type`), the amount of text and
 * tell-tale page kinds (login forms). Returns the reason when the answer is no.
 */
import { isProbablyReaderable } from '@mozilla/readability';
import type { ExtractedArticle } from '@/utils/article/extract/extract-article';
import type { PageMetadata } from '@/utils/article/extract/metadata';

/** Fewer words than this is a teaser, a listing or an error page rather than an article. */
const MIN_ARTICLE_WORDS = 120;
/** `og:type` values (or prefixes) that declare something other than an article. */
const NON_ARTICLE_TYPE = /^(?:product|profile|book|place|business|restaurant|music\.|video\.|payment)/i;

/** Verdict on one page; `reason` says why it is not an article. */
export interface ArticleVerdict {
  isArticle: boolean;
  reason: string | null;
}

/** What the verdict needs from the ORIGINAL page, read before Readability rewrites it. */
export interface PageSignals {
  /** Readability's own readerability test (only run when the page does not declare an article). */
  readerable: boolean;
  hasPasswordField: boolean;
}

/** Reads the signals from the page before extraction. */
export function pageSignals(doc: Document, metadata: PageMetadata): PageSignals {
  const inputs = Array.from(doc.getElementsByTagName('input'));
  return {
    readerable: metadata.declaresArticle || isProbablyReaderable(doc),
    hasPasswordField: inputs.some((input) => input.getAttribute('type')?.toLowerCase() === 'password'),
  };
}

/** Judges a page from its signals, its extraction and the extracted text's word count. */
export function judgeArticle(
  signals: PageSignals,
  extracted: ExtractedArticle,
  wordCount: number,
): ArticleVerdict {
  const no = (reason: string): ArticleVerdict => ({ isArticle: false, reason });
  const { declaredType, declaresArticle } = extracted.metadata;
  if (extracted.degraded === 'no-content') return no('no article content was found');
  if (declaredType && !declaresArticle && NON_ARTICLE_TYPE.test(declaredType)) {
    return no(`the page describes itself as "${declaredType}"`);
  }
  if (wordCount < MIN_ARTICLE_WORDS) return no(`too little text (${wordCount} words)`);
  if (signals.hasPasswordField && wordCount < 3 * MIN_ARTICLE_WORDS) return no('the page is a sign-in form');
  if (!signals.readerable) return no('no substantial block of article text');
  return { isArticle: true, reason: null };
}
