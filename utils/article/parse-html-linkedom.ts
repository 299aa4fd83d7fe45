/** Parses page HTML with linkedom: for Node (CLI, tests, benchmarks) and the MV3 service worker (no DOMParser). */
import { parseHTML } from 'linkedom';
import type { HtmlParser } from '@/utils/article/parse-html';

const DOCTYPE = /^\s*<!doctype[^>]*>/i;

/**
 * linkedom takes the first element as the root, so a page without `<html>` (fragments, sloppy markup) would
 * lose its head and body: give it the skeleton a browser's parser would infer.
 */
function withDocumentSkeleton(html: string): string {
  if (/<html[\s>]/i.test(html)) return html;
  const inner = html.replace(DOCTYPE, '');
  if (/<(head|body)[\s>]/i.test(inner)) return `<!doctype html><html>${inner}</html>`;
  return `<!doctype html><html><head></head><body>${inner}</body></html>`;
}

/**
 * linkedom documents have no URL of their own; the extraction code takes the page URL as an argument and
 * resolves every link and image against it, so nothing here depends on `document.baseURI`.
 */
export const parseHtmlWithLinkedom: HtmlParser = (html) => {
  // NUL and other C0 controls (stray bytes in broken files) are dropped, as an HTML parser would.
  const clean = html.replace(/[^\P{Cc}\t\n\r\f]/gu, '');
  return parseHTML(withDocumentSkeleton(clean)).document as unknown as Document;
};
