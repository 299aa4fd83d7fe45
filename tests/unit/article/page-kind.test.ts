import { describe, expect, it } from 'vitest';
import {
  declaredNonArticleType,
  linkedHeadlines,
  linkedLines,
  linksHome,
  sellsSomething,
  urlKind,
} from '@/utils/article/page-kind';
import { parseHtmlWithLinkedom } from '@/utils/article/parse-html-linkedom';

const page = (body: string, head = '') =>
  parseHtmlWithLinkedom(`<html><head>${head}</head><body>${body}</body></html>`, 'https://x.example/');

describe('urlKind', () => {
  it.each([
    ['https://news.example/', 'home'],
    ['https://news.example/index.html', 'home'],
    ['https://news.example/fr/', 'home'],
    ['https://web.archive.org/web/20160401095740/http://www.dogs.example/', 'home'],
    ['https://news.example/search?q=harbour', 'search'],
    ['https://blog.example/?s=refuge', 'search'],
    ['https://news.example/suche/ergebnisse', 'search'],
    ['https://firm.example/kontakt/impressum-agentur/', 'legal'],
    ['https://news.example/mentions-legales', 'legal'],
    ['https://blog.example/category/politics/', 'listing'],
    ['https://blog.example/tag/climate/page/2/', 'listing'],
    ['https://blog.example/2025/03/', 'listing'],
  ])('%s is a %s page', (url, kind) => {
    expect(urlKind(url)).toBe(kind);
  });

  it.each([
    'https://news.example/news/2025/04/a47-closed-potatoes',
    'https://blog.example/2025/03/sourdough-week-three/',
    'https://news.example/582934',
    'https://news.example/politics/about-the-new-tax-on-boats',
    'https://news.example/?p=1234',
    'not a url',
  ])('%s names no kind', (url) => {
    expect(urlKind(url)).toBeNull();
  });
});

describe('declaredNonArticleType', () => {
  it('finds a listing or product type among the JSON-LD objects', () => {
    const ld = (o: object) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;
    expect(declaredNonArticleType(page('', ld({ '@type': 'CollectionPage' })))).toBe('CollectionPage');
    expect(
      declaredNonArticleType(page('', ld({ '@graph': [{ '@type': 'WebSite' }, { '@type': 'Product' }] }))),
    ).toBe('Product');
    expect(declaredNonArticleType(page('', ld({ '@type': 'NewsArticle' })))).toBeNull();
  });
});

describe('sellsSomething', () => {
  it('needs a basket control and a price', () => {
    expect(sellsSomething(page('<p class="price">£89</p><button>Add to basket</button>'))).toBe(true);
    expect(sellsSomething(page('<div>29,90 €</div><button type="submit">In den Warenkorb</button>'))).toBe(
      true,
    );
    // A review that names a price but sells nothing, and a basket link with no price on the page.
    expect(sellsSomething(page('<p>The jacket costs £89 and is worth it.</p>'))).toBe(false);
    expect(sellsSomething(page('<button>Add to basket</button><p>Coming soon.</p>'))).toBe(false);
  });

  it('reads a basket label on a control of any markup, its words alone', () => {
    expect(sellsSomething(page('<div>89,90 €</div><div role="button">Ajouter au panier</div>'))).toBe(true);
    expect(sellsSomething(page('<span class="ahora">29,95 €</span><span>Añadir a la cesta</span>'))).toBe(
      true,
    );
    // A sentence that says it, with a price, sells nothing.
    expect(sellsSomething(page('<p>Shoppers who add to basket a £5 item pay £3 postage.</p>'))).toBe(false);
  });
});

describe('linkedHeadlines', () => {
  it('collects linked headlines outside navigation, headers and footers', () => {
    const doc = page(
      '<nav><h3><a href="/a">A headline in the navigation bar</a></h3></nav>' +
        '<h2><a href="/b">Flood barrier opens a year late</a></h2>' +
        '<h3>Not a link, just a section heading</h3><h3><a href="/c">Bus route restored</a> after petition by villagers</h3>',
    );
    expect(linkedHeadlines(doc)).toEqual(['Flood barrier opens a year late']);
  });
});

describe('linkedLines', () => {
  it('collects links that read as headlines, whatever the card, outside navigation and footers', () => {
    const doc = page(
      '<nav><a href="/a">A link in the navigation bar here</a></nav>' +
        '<div class="c"><a href="/b"><span>Rents rise by nine percent in a year</span></a></div>' +
        '<div class="c"><a href="/c"><b>Council approves the new ferry terminal</b></a></div>' +
        '<p>Read <a href="/d">the report</a> or <a href="/e">More</a>.</p>' +
        '<footer><a href="/f">Privacy policy and cookie settings page</a></footer>',
    );
    expect([...linkedLines(doc)]).toEqual([
      ['Rents rise by nine percent in a year', '/b'],
      ['Council approves the new ferry terminal', '/c'],
    ]);
  });
});

describe('linksHome', () => {
  it("tells a link to the page's own site from one to another site", () => {
    expect(linksHome('/news/b', 'https://www.x.example/today')).toBe(true);
    expect(linksHome('https://shop.x.example/b', 'https://www.x.example/today')).toBe(true);
    expect(linksHome('https://other.example/g', 'https://www.x.example/today')).toBe(false);
    expect(linksHome('mailto:desk@x.example', 'https://www.x.example/today')).toBe(false);
    // Two blogs on one blog host are two sites.
    expect(linksHome('https://bo.blogspot.com/x', 'https://ana.blogspot.com/today')).toBe(false);
    expect(linksHome('/2024/01/x.html', 'https://ana.blogspot.com/today')).toBe(true);
  });
});
