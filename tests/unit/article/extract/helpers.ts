import { readFileSync } from 'node:fs';
import { fixturePath } from '@/tests/fixtures/paths';
import { parseHtmlWithLinkedom } from '@/utils/article/parse-html-linkedom';
import { collapseSpaces } from '@/utils/shared/fold';

/** Reads a fixture page of the project (tests/fixtures/pages). */
export function fixturePage(name: string): string {
  return readFileSync(fixturePath('pages', name), 'utf8');
}

/** Canonical URL of the English fixture. */
export const EN_URL = 'https://ledger.example/news/2025/03/brackwater-library-maps-online';

/** A document of the given body HTML (and optional head), parsed as the service worker parses pages. */
export function pageOf(body: string, head = ''): Document {
  return parseHtmlWithLinkedom(
    `<!doctype html><html><head>${head}</head><body>${body}</body></html>`,
    'https://news.example/a/story',
  );
}

/** The element `#root` of a document holding `html`: a stand-in for Readability's article. */
export function articleOf(html: string): Element {
  return pageOf(`<div id="root">${html}</div>`).getElementById('root') as Element;
}

/** Whitespace-collapsed text of an element. */
export const textOf = (el: Element | null): string => collapseSpaces(el?.textContent);
