import { describe, expect, it } from 'vitest';
import { trimLinkLists } from '@/utils/article/extract/trim-link-lists';
import { parseHtmlWithLinkedom } from '@/utils/article/parse-html-linkedom';

function trimmed(body: string): string {
  const doc = parseHtmlWithLinkedom(
    `<html><body><div id="r">${body}</div></body></html>`,
    'https://x.example/',
  );
  const root = doc.getElementById('r') as Element;
  trimLinkLists(root);
  return root.innerHTML;
}

describe('trimLinkLists', () => {
  it('removes a run of link-only paragraphs and its short lead-in', () => {
    const html = trimmed(
      '<p>Body text with <a href="/a">a link</a> inside a real sentence.</p><p>You may also like...</p>' +
        '<p><a href="/1">First other story</a></p><p><a href="/2">Second other story</a></p><p>Closing prose.</p>',
    );
    expect(html).toBe(
      '<p>Body text with <a href="/a">a link</a> inside a real sentence.</p><p>Closing prose.</p>',
    );
  });

  it('removes link-only lists but keeps a single link paragraph and lists of prose', () => {
    const html = trimmed(
      '<ul><li><a href="/1">One</a></li><li><a href="/2">Two</a></li></ul><p>Prose between.</p>' +
        '<p><a href="/only">Only link</a></p>' +
        '<ul><li>First point, with <a href="/s">a source</a>.</li><li>Second point.</li></ul>',
    );
    expect(html).toBe(
      '<p>Prose between.</p><p><a href="/only">Only link</a></p><ul><li>First point, with <a href="/s">a source</a>.</li><li>Second point.</li></ul>',
    );
  });
});
