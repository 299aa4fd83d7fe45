/**
 * The article HTML as the library stores it, rebuilt from the sanitiser's allowlist once more whoever sent it:
 * `article/save` takes an analysis from a message, and the popup's analysis leaves DOMPurify out (it shows no
 * article HTML). linkedom parses it, as the service worker has no DOMParser; the reader re-checks the stored
 * HTML with DOMPurify when it renders it.
 */
import { sanitizeArticle } from '@/utils/article/extract';
import { parseHtmlWithLinkedom } from '@/utils/article/parse-html-linkedom';

/** `html` (an analysis's article HTML) sanitised for storage; relative URLs resolve against `base`. */
export function storedArticleHtml(html: string, base: string): string {
  if (!html) return '';
  const doc = parseHtmlWithLinkedom(`<!doctype html><html><body>${html}</body></html>`, base);
  return sanitizeArticle(doc.body, base).html;
}
