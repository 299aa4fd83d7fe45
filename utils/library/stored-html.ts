/**
 * The one sanitising step of every article HTML the library stores, whoever sent it: a save (`article/save`
 * takes an analysis from a message, and the popup's analysis leaves DOMPurify out), an import (Omnivore's pages,
 * a Liseuse export's rows) and a synced document (another device's, or a forged one). The tree is rebuilt from
 * the allowlist (utils/article/extract), then re-checked by DOMPurify where a browser DOM exists. linkedom parses
 * where no DOMParser exists (the service worker, the import worker); the reader re-checks on render.
 */
import { purifyRebuilt, sanitizeArticle } from '@/utils/article/extract';
import { parseHtmlWithLinkedom } from '@/utils/article/parse-html-linkedom';

/** `root`'s content as the library stores it, and the rebuilt tree (for its plain text); URLs resolve against `base`. */
export function sanitizeForStorage(root: Element, base: string): { html: string; root: Element } {
  const rebuilt = sanitizeArticle(root, base);
  return { html: purifyRebuilt(rebuilt.html), root: rebuilt.root };
}

/** `html` (an article's HTML, from any sender) sanitised for storage; relative URLs resolve against `base`. */
export function storedArticleHtml(html: string, base: string): string {
  if (!html) return '';
  const doc = parseHtmlWithLinkedom(`<!doctype html><html><body>${html}</body></html>`, base);
  return sanitizeForStorage(doc.body, base).html;
}
