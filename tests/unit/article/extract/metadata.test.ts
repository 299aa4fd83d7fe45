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
      reviewedAuthors: [],
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

  it('reads an author the article names by its @id in the @graph', () => {
    const graph = JSON.stringify({
      '@graph': [
        {
          '@type': 'NewsArticle',
          headline: 'Port strike ends',
          author: { '@id': 'https://g.example/#/person/1' },
        },
        { '@type': 'Person', '@id': 'https://g.example/#/person/1', name: 'Ann Roe' },
      ],
    });
    const doc = parse(
      `<html><head><script type="application/ld+json">${graph}</script></head><body></body></html>`,
    );
    expect(jsonLdArticle(doc)?.author).toBe('Ann Roe');
    // A reference to nothing the page holds names nobody.
    const dangling = JSON.stringify({
      '@type': 'NewsArticle',
      author: { '@id': 'https://g.example/#/person/2' },
    });
    expect(
      jsonLdArticle(
        parse(`<html><head><script type="application/ld+json">${dangling}</script></head></html>`),
      )?.author,
    ).toBeNull();
  });

  it("reads a page's one review as its article, not a shop's customer reviews", () => {
    const review = (obj: object) => `<script type="application/ld+json">${JSON.stringify(obj)}</script>`;
    const test = {
      '@type': 'Review',
      headline: 'Test of the Kettle 3',
      datePublished: '2026-03-02T09:00:00Z',
      author: [{ '@type': 'Person', name: 'Ann Roe' }],
      itemReviewed: { '@type': 'Product', name: 'Kettle 3' },
    };
    const page = readMetadata(
      parse(`<html><head>${review(test)}</head><body></body></html>`),
      'https://site.example/x',
    );
    expect(page).toMatchObject({
      title: 'Test of the Kettle 3',
      byline: 'Ann Roe',
      publishedTime: '2026-03-02T09:00:00Z',
      declaredType: 'Review',
      declaresArticle: true,
    });
    // An article the page declares comes first; two reviews are customers', no story of the page's.
    const article = { '@type': 'OpinionNewsArticle', headline: 'Kettles, again', author: 'Bo Li' };
    expect(jsonLdArticle(parse(`<html><head>${review(test)}${review(article)}</head></html>`))).toMatchObject(
      { type: 'OpinionNewsArticle', author: 'Bo Li' },
    );
    const customer = { ...test, author: 'Cy Doe' };
    expect(jsonLdArticle(parse(`<html><head>${review(test)}${review(customer)}</head></html>`))).toBeNull();
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

describe('readMetadata: the header a reader sees', () => {
  const read = (head: string, body = '', base = 'https://www.harbourgazette.example/2024/05/port-strike') =>
    readMetadata(parseHtmlWithLinkedom(`<html><head>${head}</head><body>${body}</body></html>`, base), base);

  it('gives the byline once, without "By" and the date glued to it', () => {
    const meta = read('<meta name="author" content="By JANE ROENovember 15, 2019">');
    expect(meta.byline).toBe('Jane Roe');
  });

  it('names the site, not the agency that wrote the story, nor a handle', () => {
    const ld = JSON.stringify({
      '@type': 'NewsArticle',
      headline: 'Port strike ends',
      publisher: { name: 'Associated Press' },
    });
    expect(
      read(
        `<meta property="og:site_name" content="Harbour Gazette"><script type="application/ld+json">${ld}</script>`,
      ).siteName,
    ).toBe('Harbour Gazette');
    expect(read('<meta property="og:site_name" content="@harbourgazette">').siteName).toBe(
      'harbourgazette.example',
    );
  });

  it('falls back to the site in the title, then to a readable host', () => {
    expect(read('<title>Port strike ends - The Harbour Gazette</title>').siteName).toBe(
      'The Harbour Gazette',
    );
    expect(read('<title>Port strike ends</title>').siteName).toBe('harbourgazette.example');
    expect(read('<title>Port strike ends</title>', '', 'file:///tmp/page.html').siteName).toBeNull();
  });

  it('keeps the headline without the site or the author around it', () => {
    const meta = read(
      '<title>Port strike ends | Jo Hart | Harbour Gazette</title><meta name="author" content="Jo Hart">',
      '<h1>Port strike ends</h1>',
    );
    expect(meta.title).toBe('Port strike ends');
  });

  it('decodes character references CMSs write into JSON-LD', () => {
    const ld = JSON.stringify({
      '@type': 'NewsArticle',
      headline: 'Port strike &#8211; the &#8216;end&#8217;',
    });
    expect(read(`<script type="application/ld+json">${ld}</script>`).title).toBe('Port strike – the ‘end’');
  });
});

describe('readMetadata: a kicker set in the <h1>', () => {
  const base = 'https://www.harbourgazette.example/2024/05/port-strike';
  const read = (head: string, body: string) =>
    readMetadata(parseHtmlWithLinkedom(`<html><head>${head}</head><body>${body}</body></html>`, base), base);

  it('does not glue the overline to the headline, and adds no space before a separator', () => {
    const meta = read(
      '<title>Port dispute - "We will not sail in winter"</title>',
      '<h1><span class="overline">Port dispute</span>"We will not sail in winter"</h1>',
    );
    expect(meta.title).toBe('Port dispute "We will not sail in winter"');
    const colon = read(
      '<title>Port dispute: no ferries in winter</title>',
      '<h1><span class="kicker">Port dispute</span>: no ferries in winter</h1>',
    );
    expect(colon.title).toBe('Port dispute: no ferries in winter');
  });

  it('reads a line break in the <h1> as a space', () => {
    expect(read('', '<h1>No ferries this winter<br>As the port strike goes on</h1>').title).toBe(
      'No ferries this winter As the port strike goes on',
    );
  });
});

describe('readMetadata: a byline that spells the host', () => {
  const read = (head: string, base: string) =>
    readMetadata(parseHtmlWithLinkedom(`<html><head>${head}</head><body></body></html>`, base), base);

  it('is the site’s name, not an author', () => {
    const meta = read(
      '<meta name="author" content="Harbour Daily">',
      'https://www.harbourdaily.example/2024/ferries',
    );
    expect([meta.byline, meta.siteName]).toEqual([null, 'Harbour Daily']);
    const written = read(
      '<meta name="author" content="Harbour Daily"><meta property="og:site_name" content="harbourdaily.example">',
      'https://www.harbourdaily.example/2024/ferries',
    );
    expect([written.byline, written.siteName]).toEqual([null, 'Harbour Daily']);
    // With its motto after it.
    const motto = read(
      '<meta name="author" content="H-Daily – Das Blatt für alle">',
      'https://www.h-daily.example/2024/ferries',
    );
    expect([motto.byline, motto.siteName]).toEqual([null, 'H-Daily']);
  });

  it('gives way to a name written as one when it is a word in small letters (a section, an account)', () => {
    const head =
      '<meta property="article:author" content="Ana Ruiz"><script type="application/ld+json">{"@type":"NewsArticle","author":{"name":"valparaíso"}}</script>';
    expect(read(head, 'https://www.harbourdaily.example/2024/ferries').byline).toBe('Ana Ruiz');
    // Alone, an account's login names nobody.
    expect(
      read('<meta name="author" content="jdroe">', 'https://www.harbourdaily.example/2024/ferries').byline,
    ).toBeNull();
  });

  it('reads the host from the canonical address when the page is served from an address', () => {
    const head =
      '<meta name="author" content="Harbour Daily"><link rel="canonical" href="https://www.harbourdaily.example/2024/ferries">';
    for (const base of ['http://127.0.0.1:8000/2024/ferries', 'http://localhost:3000/2024/ferries']) {
      const meta = read(head, base);
      expect([meta.byline, meta.siteName]).toEqual([null, 'Harbour Daily']);
    }
    // On a named host the page's own host decides, whatever its canonical says.
    const mirror = read(head, 'https://mirror.example/2024/ferries');
    expect(mirror.byline).toBe('Harbour Daily');
  });

  it('leaves an author’s name and the site’s own name alone', () => {
    const meta = read(
      '<meta name="author" content="Lena Berg"><meta property="og:site_name" content="The Harbour Daily">',
      'https://www.harbourdaily.example/2024/ferries',
    );
    expect([meta.byline, meta.siteName]).toEqual(['Lena Berg', 'The Harbour Daily']);
  });
});
