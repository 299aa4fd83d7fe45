import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '@/tests/fixtures/paths';
import { analyzeDocument, analyzeSnapshot } from '@/utils/article/analyze-document';
import { analyzeText } from '@/utils/article/analyze-text';
import type { PageSnapshot } from '@/utils/article/page-snapshot';
import { parseHtmlWithLinkedom } from '@/utils/article/parse-html-linkedom';

const fixtures = FIXTURES_DIR;
const page = (name: string) => readFileSync(join(fixtures, 'pages', name), 'utf8');
const EN_URL = 'https://ledger.example/news/2025/03/brackwater-library-maps-online';

function analysisOf(result: ReturnType<typeof analyzeDocument>) {
  if (!result.ok) throw new Error(`analysis failed: ${result.error.code} ${result.error.message}`);
  return result.value;
}

const snapshot = (over: Partial<PageSnapshot>): PageSnapshot => ({
  url: EN_URL,
  title: '',
  contentType: 'text/html',
  readyState: 'complete',
  html: page('en-news-article.html'),
  truncated: false,
  totalChars: 0,
  ...over,
});

describe('analyzeDocument', () => {
  it('analyses the English news page end to end', () => {
    const a = analysisOf(
      analyzeDocument(parseHtmlWithLinkedom(page('en-news-article.html'), EN_URL), { url: EN_URL }),
    );
    expect(a).toMatchObject({
      url: EN_URL,
      canonicalUrl: EN_URL,
      title: 'Harbour city library puts 12,000 old maps online',
      byline: 'Priya Halloran',
      lang: 'en',
      isArticle: true,
      leadImage: 'https://ledger.example/media/2025/03/map-room.jpg',
      warnings: [],
    });
    expect(a.wordCount).toBeGreaterThan(350);
    // English rate plus three images (12 + 11 + 10 s), rounded up: ~390 words give 2.2, shown as 3.
    expect(a.readingTimeMinutes).toBe(Math.ceil(a.wordCount / 238 + 33 / 60));
    expect(a.readingTimeMinutes).toBe(3);
    expect(
      a.related
        .slice(0, 3)
        .map((r) => r.url)
        .sort(),
    ).toEqual([
      'https://ledger.example/news/2024/09/northern-heritage-fund-grants',
      'https://ledger.example/news/2024/11/harbour-sandbar-survey',
      'https://ledger.example/news/2025/02/brackwater-university-geography-archive',
    ]);
    expect(a.related.map((r) => r.url)).not.toContain(EN_URL);
    expect(a.entities.map((e) => e.text)).toEqual(
      expect.arrayContaining(['Brackwater Public Library', 'Edwin Marsh']),
    );
  });

  it('analyses the French fixture in French', () => {
    const url = 'https://octet-actu.example/actu-58214/midnight-blizzard-cisa-directive-urgence-microsoft';
    const a = analysisOf(analyzeDocument(parseHtmlWithLinkedom(page('fr-tech-article.html'), url), { url }));
    expect(a.lang).toBe('fr');
    expect(a.isArticle).toBe(true);
    expect(a.readingTimeMinutes).toBe(3);
    expect(a.related.length).toBeGreaterThan(3);
  });

  it('says a shop listing is not an article, with the reason, and still returns what it found', () => {
    const url = 'https://shop.example/rain-jackets';
    const a = analysisOf(analyzeDocument(parseHtmlWithLinkedom(page('not-article.html'), url), { url }));
    expect(a.isArticle).toBe(false);
    expect(a.title).toBe('Rain jackets');
    expect(a.siteName).toBe('Saltmarsh Outfitters');
    expect(a.warnings?.map((w) => w.code)).toEqual(['not-article']);
    expect(a.warnings?.[0]?.message).toMatch(/sells a product/);
  });

  it('analyses broken HTML without failing', () => {
    const a = analysisOf(
      analyzeDocument(parseHtmlWithLinkedom(page('broken.html'), 'https://b.example/'), {
        url: 'https://b.example/',
      }),
    );
    expect(a.text).toContain('A third paragraph');
    expect(a.html).not.toMatch(/onclick/);
  });

  it('reports a Readability timeout as a warning, with the fallback extraction', () => {
    const doc = parseHtmlWithLinkedom(page('en-news-article.html'), EN_URL);
    const a = analysisOf(analyzeDocument(doc, { url: EN_URL, limits: { timeoutMs: -1 } }));
    expect(a.warnings?.map((w) => w.code)).toContain('timeout');
    expect(a.text).toContain('tram timetables');
  });

  // A page written for this test.
  it('hands the italics of the page to the entity step: a film in <em> is one name', () => {
    const para = `<p>Marthe Lanier est morte lundi à Lyon, à 91 ans. Pour beaucoup, elle reste la femme de
      <em>L'Été à Quimper</em> (1961), réalisé par Paul Ferrand, que la Cinémathèque française projette encore
      chaque hiver devant une salle pleine.</p><p>Elle a tourné avec Paul Ferrand trois autres fois, et chacun
      de ces films a été restauré depuis. On reverra <em>L'Été à Quimper</em> en salles dès le 16 décembre.</p>`;
    const html = `<html lang="fr"><head><title>Marthe Lanier est morte</title></head><body><article>
      <h1>Marthe Lanier est morte</h1>${para.repeat(3)}</article></body></html>`;
    const a = analysisOf(
      analyzeDocument(parseHtmlWithLinkedom(html, 'https://c.example/a'), { url: 'https://c.example/a' }),
    );
    const names = a.entities.map((e) => e.text);
    expect(names).toContain("L'Été à Quimper");
    expect(names).not.toContain('Quimper');
  });

  // A page written for this test: two bodies as salient, the page's description naming the second.
  it('hands the page’s description to the entity step: the body it names comes first', () => {
    const body = `<p>The council voted on Tuesday for the bus depot the Dunmore Transit Authority asked for, and the first
      routes from the site will be run by the Ferrand Bus Company in the spring.</p><p>Residents of the estate fear the
      noise. According to the Dunmore Transit Authority, the depot will be quiet. Electric buses were ordered from the
      Ferrand Bus Company, and the council has asked for a study.</p>`;
    const first = (meta: string) => {
      const html = `<html lang="en"><head><title>Council backs bus depot</title>${meta}</head><body><article>
        <h1>Council backs bus depot</h1>${body}</article></body></html>`;
      const url = 'https://d.example/a';
      return analysisOf(analyzeDocument(parseHtmlWithLinkedom(html, url), { url })).entities[0]?.text;
    };
    expect(first('')).toBe('Dunmore Transit Authority');
    const described = 'The Ferrand Bus Company will run the first routes from the new depot.';
    expect(first(`<meta name="description" content="${described}">`)).toBe('Ferrand Bus Company');
  });
});

describe('analyzeSnapshot', () => {
  it('refuses restricted pages and non-HTML content with codes', () => {
    const parse = parseHtmlWithLinkedom;
    const code = (s: PageSnapshot) => {
      const r = analyzeSnapshot(s, parse);
      return r.ok ? 'ok' : r.error.code;
    };
    expect(code(snapshot({ url: 'chrome://settings/' }))).toBe('restricted-page');
    expect(code(snapshot({ url: 'https://chromewebstore.google.com/detail/x' }))).toBe('restricted-page');
    expect(code(snapshot({ contentType: 'application/pdf' }))).toBe('not-html');
    expect(code(snapshot({ contentType: 'image/png' }))).toBe('not-html');
    expect(code(snapshot({ readyState: 'loading', html: '' }))).toBe('still-loading');
    expect(code(snapshot({ url: 'file:///home/me/saved.html' }))).toBe('ok');
  });

  it('analyses a page still loading or cut at the limit, and says so', () => {
    const r = analyzeSnapshot(
      snapshot({ readyState: 'loading', truncated: true, totalChars: 9_000_000 }),
      parseHtmlWithLinkedom,
    );
    const a = analysisOf(r);
    expect(a.title).toBe('Harbour city library puts 12,000 old maps online');
    expect(a.warnings?.map((w) => w.code)).toEqual(['still-loading', 'too-large']);
  });

  it('turns a parser failure into parse-error', () => {
    const r = analyzeSnapshot(snapshot({}), () => {
      throw new Error('boom');
    });
    expect(r).toEqual({
      ok: false,
      error: { code: 'parse-error', message: expect.stringContaining('boom') },
    });
  });
});

describe('analyzeText', () => {
  it('takes plain text as the body, with its first line as title', () => {
    const text = readFileSync(join(fixtures, 'text', 'en-plain-article.txt'), 'utf8');
    const a = analysisOf(analyzeText(text, { url: 'file:///x.txt' }));
    expect(a.title).toBe('Night ferry returns to the estuary after six years');
    expect(a.lang).toBe('en');
    expect(a.isArticle).toBe(true);
    expect(a.text).toBe(text.trim());
    expect(a.html).toMatch(/^<p>Night ferry returns/);
    expect(a.related).toEqual([]);
  });

  it('escapes markup found in plain text', () => {
    const a = analysisOf(
      analyzeText('A title\n\n<script>alert(1)</script> & more', { url: 'file:///x.txt' }),
    );
    expect(a.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; more');
    expect(a.isArticle).toBe(false);
  });
});

describe('analyzeDocument: a page opened from a file', () => {
  it('gives the site as readers say it, without the domain the metadata glues on', () => {
    const url = 'file:///home/reader/saved/story.html';
    const body =
      '<p>Le conseil municipal a voté le budget mardi soir, après trois heures de débat.</p>'.repeat(12);
    const html = `<html><head><title>Le budget voté</title><meta property="og:site_name" content="Le Courrier.fr"></head><body><article><h1>Le budget voté</h1>${body}</article></body></html>`;
    const a = analysisOf(analyzeDocument(parseHtmlWithLinkedom(html, url), { url }));
    expect(a.siteName).toBe('Le Courrier');
  });
});
