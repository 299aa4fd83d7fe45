/**
 * Cleans imported page HTML (Omnivore's saved copies) with the library's one sanitising step for stored HTML
 * (utils/library/stored-html.ts), and its plain-text reading. The HTML parser is injected: DOMParser in the
 * library page, linkedom in the import worker and in Node.
 */

import { plainText } from '@/utils/article/extract';
import type { HtmlParser } from '@/utils/article/parse-html';
import { sanitizeForStorage } from '../stored-html';
import type { HtmlCleaner } from './omnivore';

/** An HtmlCleaner parsing with `parse`; relative links resolve against the article's URL. */
export function createHtmlCleaner(parse: HtmlParser): HtmlCleaner {
  return (dirty, baseUrl) => {
    const doc = parse(dirty, baseUrl);
    const { html, root } = sanitizeForStorage(doc.body ?? doc.documentElement, baseUrl);
    return { html, text: plainText(root) };
  };
}
