/**
 * The one sanitising step of every article HTML the library stores, whoever sent it: a save (`article/save`
 * takes an analysis from a message), an import (Omnivore's pages, a Liseuse export's rows) and a synced document
 * (another device's, or a forged one). The tree is rebuilt from the allowlist (utils/article/extract), which works
 * on any DOM: linkedom where no DOMParser exists (the service worker, the import worker). No DOMPurify here: it
 * needs a page's window, and none of these runs in one; the reader sanitises again with it on render.
 */
import { sanitizeArticle } from '@/utils/article/extract';
import { parseHtmlWithLinkedom } from '@/utils/article/parse-html-linkedom';

/** `root`'s content as the library stores it, and the rebuilt tree (for its plain text); URLs resolve against `base`. */
export function sanitizeForStorage(root: Element, base: string): { html: string; root: Element } {
  return sanitizeArticle(root, base);
}

/** `html` (an article's HTML, from any sender) sanitised for storage; relative URLs resolve against `base`. */
export function storedArticleHtml(html: string, base: string): string {
  if (!html) return '';
  const doc = parseHtmlWithLinkedom(`<!doctype html><html><body>${html}</body></html>`, base);
  return sanitizeForStorage(doc.body, base).html;
}
