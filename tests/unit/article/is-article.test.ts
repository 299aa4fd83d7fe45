import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '@/utils/article/analyze-document';
import { isProse } from '@/utils/article/is-article';
import { parseHtmlWithLinkedom } from '@/utils/article/parse-html-linkedom';
import { fixturePage } from './extract/helpers';

/** The verdict on a fixture page served at `url`: whether it is an article, and why not. */
function verdict(file: string, url: string) {
  const result = analyzeDocument(parseHtmlWithLinkedom(fixturePage(file), url), { url });
  if (!result.ok) throw new Error(result.error.message);
  return { isArticle: result.value.isArticle, reason: result.value.warnings?.[0]?.message ?? '' };
}

describe('is it an article?', () => {
  it.each([
    ['kinds/en-short-news.html', 'https://gazette.example/news/2025/04/a47-closed-potatoes'],
    ['kinds/fr-short-regional.html', 'https://courrier-vercors.example/communes/2025/03/autrans-fontaine'],
    ['kinds/de-short-news.html', 'https://nordsee-bote.example/inseln/2025/02/faehre-juist-niedrigwasser'],
    ['kinds/en-short-blog-post.html', 'https://crumbnotes.example/2025/03/sourdough-week-three/'],
    ['en-news-article.html', 'https://ledger.example/news/2025/03/brackwater-library-maps-online'],
    ['kinds/de-short-news-walled-site.html', 'https://tagesbote.example/region/2025/01/glatteis-a8-unfaelle'],
  ])('takes the short or plain article %s for an article', (file, url) => {
    expect(verdict(file, url)).toEqual({ isArticle: true, reason: '' });
  });

  it.each([
    ['kinds/en-home-page.html', 'https://gazette.example/', /home page/],
    ['kinds/fr-home-page.html', 'https://courrier-vercors.example/', /home page/],
    ['kinds/en-search-results.html', 'https://gazette.example/search?q=harbour', /search results/],
    ['kinds/fr-search-results.html', 'https://courrier-vercors.example/?s=refuge', /search results/],
    ['kinds/en-product-page.html', 'https://saltmarsh.example/p/coastline-shell', /"product"/],
    [
      'kinds/de-product-page.html',
      'https://kaffeehaus-brenner.example/zubehoer/espressokanne',
      /sells a product/,
    ],
    ['kinds/fr-section-front.html', 'https://courrier-vercors.example/sciences', /CollectionPage/],
    ['kinds/es-tag-page.html', 'https://lavozdelvalle.example/x/incendios-forestales', /lists 5 stories/],
    ['kinds/en-forum-thread.html', 'https://bakersbench.example/threads/starter.5521/', /forum thread/],
    ['kinds/fr-paywall.html', 'https://echo-des-combes.example/economie/rachat-vallin', /reading wall/],
  ])('says %s is not an article', (file, url, reason) => {
    const v = verdict(file, url);
    expect(v.isArticle).toBe(false);
    expect(v.reason).toMatch(reason);
  });

  it('tells a list of stories by its linked headlines, whatever its address', () => {
    // Served at addresses that say nothing of the page's kind, the structure alone decides.
    for (const file of [
      'kinds/en-section-front.html',
      'kinds/en-home-page.html',
      'kinds/en-search-results.html',
    ]) {
      const v = verdict(file, 'https://gazette.example/some/page');
      expect(v.isArticle, file).toBe(false);
      expect(v.reason, file).toMatch(/lists \d+ stories/);
    }
  });
});

describe('isProse', () => {
  it('needs a paragraph of two sentences or more', () => {
    const prose =
      'The morning ferry was cancelled on Monday because of low water in the channel. Passengers were rebooked on the evening boat, which left at six and arrived on time.';
    expect(isProse(prose)).toBe(true);
    expect(
      isProse('The morning ferry was cancelled on Monday because of low water in the channel and the wind.'),
    ).toBe(false);
    expect(isProse('Home\n\nNews\n\nSport\n\nContact us')).toBe(false);
  });

  it('reads wire copy, one sentence per paragraph, as prose; not a list of labels or captions', () => {
    const wire = [
      'Two people died when a van left the coast road near Port Ellen on Tuesday afternoon.',
      'The coastguard said the driver and a passenger were pulled from the water by a fishing crew.',
      '"We were there within minutes," the skipper told the Gazette after the rescue.',
    ];
    expect(isProse(wire.join('\n\n'))).toBe(true);
    expect(isProse(wire.slice(0, 2).join('\n\n'))).toBe(false);
    const labels = [
      'Opening hours of the harbour office and the ferry ticket desk in summer',
      'Parking for residents and visitors with a permit from the town council',
      'Contact the editorial team of the Gazette and its weekend supplement',
    ];
    expect(isProse(labels.join('\n\n'))).toBe(false);
  });
});

describe('cards, walls and threads of our own writing', () => {
  const judge = (body: string, url = 'https://courier.example/some/page') => {
    const html = `<html><head><title>T</title></head><body>${body}</body></html>`;
    const result = analyzeDocument(parseHtmlWithLinkedom(html, url), { url });
    if (!result.ok) throw new Error(result.error.message);
    return { isArticle: result.value.isArticle, reason: result.value.warnings?.[0]?.message ?? '' };
  };
  const card = (i: number) =>
    `<div class="p"><a href="/n/${i}"><span>Story number ${i} about the harbour and its ferries</span></a>` +
    `<div>The council met on Tuesday evening and approved the plan number ${i} by a wide margin.</div></div>`;

  it('tells a list of stories whose cards hold no heading by its linked lines', () => {
    const v = judge(`<div class="w">${[1, 2, 3, 4, 5].map(card).join('')}</div>`);
    expect(v.isArticle).toBe(false);
    expect(v.reason).toMatch(/lists 5 stories/);
  });

  it('tells a wall from a short news item', () => {
    const standfirst =
      '<p>Eight hundred jobs, three plants and accounts that no longer added up since 2023. Our findings.</p>';
    const wall = judge(`<h1>Inquiry</h1>${standfirst}<div><p>Subscribe to continue reading.</p></div>`);
    expect(wall).toEqual({ isArticle: false, reason: expect.stringMatching(/reading wall/) });
    const news =
      '<p>All ferry sailings to the islands were cancelled on Friday as a storm brought gusts of 80mph.</p>' +
      '<p>The operator said passengers would be moved to the first sailing on Saturday without charge.</p>' +
      '<p>An amber wind warning is in force for the whole coast until six o’clock on Saturday morning.</p>';
    expect(
      judge(`<h1>Ferries cancelled</h1>${news}<div class="promo">Subscribe from £1 a week</div>`),
    ).toEqual({
      isArticle: true,
      reason: '',
    });
  });
});
