import { describe, expect, it } from 'vitest';
import { jsonLdArticle } from '@/utils/article/extract/json-ld';
import { readMetadata } from '@/utils/article/extract/metadata';
import { parseHtmlWithLinkedom } from '@/utils/article/parse-html-linkedom';
import { EN_URL, fixturePage } from './helpers';

const parse = (html: string) => parseHtmlWithLinkedom(html, 'https://site.example/x');

describe('readMetadata', () => {
  it('reads JSON-LD (array + @graph), OpenGraph and the document on the English fixture', () => {
    const meta = readMetadata(parse(fixturePage('en-news-article.html')), 'https://mirror.example/page');
    expect(meta).toEqual({
      title: 'Harbour city library puts 12,000 old maps online',
      byline: 'Priya Halloran',
      siteName: 'The Tidewater Ledger',
      publishedTime: '2025-03-14T08:30:00Z',
      lang: 'en-GB',
      canonicalUrl: EN_URL,
      leadImage: 'https://ledger.example/media/2025/03/map-room.jpg',
      excerpt: "From tide charts to tram plans: Brackwater's map room opens to everyone.",
      declaredType: 'NewsArticle',
      declaresArticle: true,
    });
  });

  it('falls back to OpenGraph and meta tags, resolving relative URLs and ignoring profile-URL authors', () => {
    const meta = readMetadata(
      parse(`<html><head><title>Doc title</title>
        <meta property="og:title" content="OG title"><meta property="og:type" content="article">
        <meta property="article:author" content="https://site.example/author/jo">
        <meta name="author" content="Jo Writer"><meta property="og:image" content="/i.jpg">
        <meta property="og:locale" content="fr_FR"><link rel="canonical" href="/canon"></head><body></body></html>`),
      'https://site.example/x/y',
    );
    expect(meta.title).toBe('OG title');
    expect(meta.byline).toBe('Jo Writer');
    expect(meta.leadImage).toBe('https://site.example/i.jpg');
    expect(meta.canonicalUrl).toBe('https://site.example/canon');
    expect(meta.lang).toBe('fr_FR');
    expect(meta.declaresArticle).toBe(true);
  });

  it('skips malformed JSON-LD blocks and reads the valid ones', () => {
    const doc = parse(`<html><head>
      <script type="application/ld+json">{ not json</script>
      <script type="application/ld+json">{"@type":["BlogPosting"],"name":"Post","author":"Ann","mainEntityOfPage":"https://b.example/p"}</script>
      </head><body></body></html>`);
    expect(jsonLdArticle(doc)).toMatchObject({
      type: 'BlogPosting',
      headline: 'Post',
      author: 'Ann',
      url: 'https://b.example/p',
    });
  });

  it('declares no article for a shop listing', () => {
    const meta = readMetadata(parse(fixturePage('not-article.html')), 'https://shop.example/');
    expect(meta.declaresArticle).toBe(false);
    expect(meta.declaredType).toBe('website');
    expect(meta.byline).toBeNull();
  });

  it('returns nulls, not errors, for a page without metadata', () => {
    const meta = readMetadata(parse('<p>just text</p>'), 'https://site.example/');
    expect(meta.title).toBeNull();
    expect(meta.canonicalUrl).toBeNull();
    expect(meta.declaresArticle).toBe(false);
  });
});
