/**
 * Cleans imported page HTML (Omnivore's saved copies) with the same sanitiser as saved pages:
 * the allowlist rebuild of utils/article/extract, then DOMPurify where a browser DOM exists, and its
 * plain-text reading. The HTML parser is injected: DOMParser in the library page, linkedom in Node.
 */

import { plainText, purifyRebuilt, sanitizeArticle } from '@/utils/article/extract';
import type { HtmlParser } from '@/utils/article/parse-html';
import type { HtmlCleaner } from './omnivore';

/** An HtmlCleaner parsing with `parse`; relative links resolve against the article's URL. */
export function createHtmlCleaner(parse: HtmlParser): HtmlCleaner {
  return (dirty, baseUrl) => {
    const doc = parse(dirty, baseUrl);
    const { html, root } = sanitizeArticle(doc.body ?? doc.documentElement, baseUrl);
    return { html: purifyRebuilt(html), text: plainText(root) };
  };
}
