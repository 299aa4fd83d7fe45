import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/article/extract/extract-article';
import { authorNotSite } from '@/utils/article/extract/publisher-byline';
import { parseHtmlWithLinkedom } from '@/utils/article/parse-html-linkedom';

describe('authorNotSite', () => {
  it('forgets an author that is the site itself, so the page’s byline element is looked for', () => {
    expect(
      authorNotSite({ byline: 'Le Petit Journal', siteName: 'Le Petit Journal' }).byline,
    ).toBeUndefined();
    expect(
      authorNotSite({ byline: 'le petit-journal', siteName: 'Le Petit Journal' }).byline,
    ).toBeUndefined();
  });

  it('forgets an author that is an account’s handle', () => {
    expect(authorNotSite({ byline: '@marcolivet', siteName: 'Le Petit Journal' }).byline).toBeUndefined();
    expect(authorNotSite({ byline: '@marc_olivet' }).byline).toBeUndefined();
  });

  it('keeps a journalist’s name, and an author when the site is unknown', () => {
    expect(authorNotSite({ byline: 'Marc Olivet', siteName: 'Le Petit Journal' }).byline).toBe('Marc Olivet');
    expect(authorNotSite({ byline: 'Le Petit Journal' }).byline).toBe('Le Petit Journal');
  });
});

describe('extractArticle when the JSON-LD author is the site', () => {
  it('takes the page’s byline element, and leaves its name out of the text', () => {
    const para = (n: number) =>
      `<p>Paragraph ${n} of the story tells how the harbour of the old town was rebuilt after the storm of the winter.</p>`;
    const html = `<html><head><title>Harbour</title><meta property="og:site_name" content="Harbour News">
<script type="application/ld+json">${JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Harbour',
      author: { '@type': 'Organization', name: 'Harbour News' },
      publisher: { '@type': 'Organization', name: 'Harbour News' },
    })}</script></head><body><article><h1>Harbour</h1><div class="meta"><span class="author">Nora Quill</span></div>
${Array.from({ length: 8 }, (_, i) => para(i)).join('')}</article></body></html>`;
    const a = extractArticle(parseHtmlWithLinkedom(html, 'https://harbour.example/a'), {
      url: 'https://harbour.example/a',
    });
    expect(a.byline).toBe('Nora Quill');
    expect(a.text).not.toContain('Nora Quill');
  });
});
