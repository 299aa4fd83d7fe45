import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/article/extract/extract-article';
import { plainText } from '@/utils/article/extract/plain-text';
import { parseHtmlWithLinkedom } from '@/utils/article/parse-html-linkedom';
import { EN_URL, fixturePage } from './helpers';

const en = () => parseHtmlWithLinkedom(fixturePage('en-news-article.html'), EN_URL);

describe('extractArticle', () => {
  it('extracts the English fixture: metadata, sanitised HTML, text without page chrome', () => {
    const a = extractArticle(en(), { url: EN_URL });
    expect(a.title).toBe('Harbour city library puts 12,000 old maps online');
    expect(a.byline).toBe('Priya Halloran');
    expect(a.siteName).toBe('The Tidewater Ledger');
    expect(a.degraded).toBeNull();
    // The dateline above the picture is the article's metadata, not its text.
    expect(a.text).toMatch(/^The Brackwater Public Library has finished/);
    // The picture's caption stays in the HTML, under its picture, but is not the article's text.
    expect(a.html).toContain('<figcaption>The map room, where the oldest sheets');
    expect(a.text).not.toContain('The map room, where the oldest sheets');
    expect(a.text).toContain('the tea, he says, is still free.');
    for (const chrome of [
      'We use cookies',
      'Sign in',
      'Related stories',
      'Rowing club',
      'Privacy',
      'Buy a boat',
    ]) {
      expect(a.text).not.toContain(chrome);
    }
    expect(a.html).not.toMatch(/onerror|javascript:|<script|<aside/i);
  });

  it('resolves lazy images (data-src, data-lazy-src, data-srcset, noscript) to absolute URLs', () => {
    const a = extractArticle(en(), { url: EN_URL });
    expect(a.images).toEqual([
      'https://ledger.example/media/2025/03/map-room.jpg',
      'https://ledger.example/media/2025/03/tram-plan-800.jpg',
      'https://ledger.example/media/2025/03/notebook.jpg',
    ]);
    expect(a.html).toContain('srcset="https://ledger.example/media/2025/03/tram-plan-800.webp 800w');
    expect(a.html).not.toContain('placeholder.png');
  });

  it('leaves the input document untouched unless it is handed over', () => {
    const doc = en();
    const before = doc.documentElement.outerHTML;
    extractArticle(doc, { url: EN_URL });
    expect(doc.documentElement.outerHTML).toBe(before);
    const consumed = extractArticle(doc, { url: EN_URL, consumeDocument: true });
    expect(consumed.text).toBe(extractArticle(en(), { url: EN_URL }).text);
  });

  it('extracts a page Readability must try twice from a fresh copy as it does from its own clone', () => {
    // The story sits in a "sidebar" box, which Readability's first pass strips as unlikely: too little is left.
    const paragraphs = Array.from(
      { length: 12 },
      (_, i) => `<p>Paragraph ${i}: the story goes on, long enough to count as the article's text.</p>`,
    ).join('');
    const html = `<html><head><title>A story in a box</title></head><body><nav><a href="/">Home</a></nav><div class="sidebar">${paragraphs}</div></body></html>`;
    const parse = () => parseHtmlWithLinkedom(html, 'https://x.example/a');
    let copies = 0;
    const freshCopy = () => {
      copies++;
      return parse();
    };
    const url = 'https://x.example/a';
    const once = extractArticle(parse(), { url, consumeDocument: true, freshCopy });
    expect(copies).toBe(1);
    expect(once).toEqual(extractArticle(parse(), { url, consumeDocument: true }));
    expect(once.text).toContain('Paragraph 11');
    // A page found at the first pass needs no copy.
    extractArticle(en(), { url: EN_URL, consumeDocument: true, freshCopy });
    expect(copies).toBe(1);
  });

  it('falls back to a simpler extraction when Readability runs out of time', () => {
    const a = extractArticle(en(), { url: EN_URL, limits: { timeoutMs: -1 } });
    expect(a.degraded).toBe('timeout');
    expect(a.text).toContain('The Brackwater Public Library has finished scanning');
    expect(a.title).toBe('Harbour city library puts 12,000 old maps online');
  });

  it('reads a consumed page parsed again after Readability timed out on it (it rewrote what it reached)', () => {
    let copies = 0;
    const freshCopy = () => {
      copies++;
      return en();
    };
    const a = extractArticle(en(), {
      url: EN_URL,
      consumeDocument: true,
      freshCopy,
      limits: { timeoutMs: -1 },
    });
    expect(a.degraded).toBe('timeout');
    expect(copies).toBe(1);
    expect(a.text).toContain('The Brackwater Public Library has finished scanning');
  });

  it('does not attempt Readability on documents with too many elements', () => {
    const a = extractArticle(en(), { url: EN_URL, limits: { maxElements: 50 } });
    expect(a.degraded).toBe('too-large');
    expect(a.text).toContain('tram timetables');
  });

  it('copes with broken HTML and stray bytes', () => {
    const a = extractArticle(parseHtmlWithLinkedom(fixturePage('broken.html'), 'https://b.example/'), {
      url: 'https://b.example/',
    });
    expect(a.text).toContain('A third paragraph sits after a table');
    expect(a.text).not.toMatch(/\p{Cc}(?<![\n])/u);
    expect(a.title.length).toBeLessThanOrEqual(250);
    expect(a.html).not.toContain('onclick');
  });
});

describe('plainText', () => {
  it('separates blocks with blank lines, list items and <br> with newlines, and collapses spaces', () => {
    const doc = parseHtmlWithLinkedom(
      '<div id="r"><h2>Head</h2><p>One\n   two<br>three</p><ul><li>a</li><li>b</li></ul><p>end.</p><p>Next</p></div>',
      'https://x.example/',
    );
    expect(plainText(doc.getElementById('r') as Element)).toBe(
      'Head\n\nOne two\nthree\n\na\nb\n\nend.\n\nNext',
    );
  });

  it('leaves figcaptions out only when asked', () => {
    const doc = parseHtmlWithLinkedom(
      '<div id="r"><figure><img src="a.jpg"><figcaption>A quay.</figcaption></figure><p>Text.</p></div>',
      'https://x.example/',
    );
    const root = doc.getElementById('r') as Element;
    expect(plainText(root)).toBe('A quay.\n\nText.');
    expect(plainText(root, { skipCaptions: true })).toBe('Text.');
  });

  it('parts words that sibling elements set apart, and keeps words styled inside', () => {
    const doc = parseHtmlWithLinkedom(
      '<div id="r"><p><span>Prep</span><span><span>10</span> min</span> <span>Course: <mark>Main</mark></span>' +
        '<span>Cuisine: <mark>Thai</mark></span></p><p><span class="cap">L</span>ook at m<sup>2</sup>, ' +
        'H<sub>2</sub>O, <b>bold</b>ly and <i>Nor</i><i>th</i>.</p></div>',
      'https://x.example/',
    );
    expect(plainText(doc.getElementById('r') as Element)).toBe(
      'Prep 10 min Course: Main Cuisine: Thai\n\nLook at m2, H2O, boldly and North.',
    );
  });
});

describe('extractArticle when Readability takes furniture', () => {
  const links = [
    'Harbour board approves the new ferry timetable',
    'Village library reopens its map room',
    'Mill owners agree on water rights',
  ]
    .map((t, i) => `<li><a href="https://news.example/${i}">${t}</a> via Coast Courier</li>`)
    .join('');
  // Class names that say nothing: the cookie form is not known as furniture before Readability.
  const page =
    '<html><body><div class="x1"><div class="x2"><form method="post"><input type="submit" value="Close">' +
    'This site uses cookies. If you keep using the site, you accept the use of cookies, as the law now asks ' +
    'us to tell you. <br> More information, for instance on how to control cookies, is here: ' +
    `<a href="/c">Cookie policy</a></form></div></div><div class="x3"><h1>Links of the day</h1><ul>${links}</ul></div></body></html>`;

  it("falls back on the page's paragraphs and lists when nothing is left of Readability's choice", () => {
    for (const consumeDocument of [false, true]) {
      const a = extractArticle(parseHtmlWithLinkedom(page, 'https://x.example/'), {
        url: 'https://x.example/',
        consumeDocument,
      });
      expect(a.text).toContain('Village library reopens its map room via Coast Courier');
      expect(a.text).not.toContain('cookies');
    }
  });
});

describe('extractArticle captions', () => {
  const slide = (n: number) =>
    `<figure><img src="/s${n}.jpg" alt=""><figcaption>Slide ${n}: a costume made from a cardboard box, a roll of tape and an old scarf, ready in under an hour.</figcaption></figure>`;

  it('keeps captions in the text when they are most of the article (a slideshow)', () => {
    const html = `<html><head><title>Costumes</title></head><body><article><h1>Costumes</h1><p>Five quick ideas.</p>${[1, 2, 3, 4, 5].map(slide).join('')}</article></body></html>`;
    const a = extractArticle(parseHtmlWithLinkedom(html, 'https://x.example/'), {
      url: 'https://x.example/',
    });
    expect(a.text).toContain('Slide 3: a costume made from a cardboard box');
  });

  it('leaves out a caption written as a bare block of text in a classed wrapper', () => {
    const para = (n: number) =>
      `<p>Paragraph ${n}: the costume workshop at the town library drew more families than the room could hold on Saturday.</p>`;
    const html =
      '<html><head><title>Costumes</title></head><body><article><h1>Costumes</h1>' +
      `<div class="story-body"><div class="image-embed"><div><div class="image-embed-caption">A child in a cardboard robot suit at the library.</div></div></div>` +
      `${[1, 2, 3, 4, 5].map(para).join('')}</div></article></body></html>`;
    const a = extractArticle(parseHtmlWithLinkedom(html, 'https://x.example/'), {
      url: 'https://x.example/',
    });
    expect(a.text).toContain('Paragraph 3: the costume workshop');
    expect(a.text).not.toContain('cardboard robot suit');
  });
});

describe('extractArticle with only a printed byline', () => {
  const PARAGRAPH =
    '<p>Le bac de nuit vers les îles reprendra du service en mai, a annoncé mardi l’exploitant, après un hiver pendant lequel la traversée a été suspendue pour réparer la vieille jetée du port.</p>';

  it('leaves the « Par X » line out of the text when neither the metadata nor Readability name the author', () => {
    const html = `<html><head><title>Le bac de nuit revient</title></head><body><div class="x1"><h1>Le bac de nuit revient</h1>
      <div class="x4"><p>Par <span>Clémence Arrighi</span></p><p><time>Publié le 3 novembre 2023 à 10h12</time></p>
      ${PARAGRAPH.repeat(5)}</div></div></body></html>`;
    const article = extractArticle(parseHtmlWithLinkedom(html, 'https://bac.example/a'), {
      url: 'https://bac.example/a',
    });
    expect(article.byline).toBe('Clémence Arrighi');
    expect(article.text).not.toContain('Par Clémence');
    expect(article.text).not.toContain('Publié le');
    expect(article.text).toContain('Le bac de nuit vers les îles');
  });
});
