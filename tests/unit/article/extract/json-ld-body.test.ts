import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/article/extract/extract-article';
import { bodyOutweighs, bodyParagraphs } from '@/utils/article/extract/json-ld-body';
import { parseHtmlWithLinkedom } from '@/utils/article/parse-html-linkedom';

const sentence = (n: number) =>
  `Sentence ${n} of the full story tells how the old lighthouse keeper spent his winters.`;
const BODY = Array.from({ length: 12 }, (_, i) => sentence(i)).join('\n');

describe('bodyOutweighs', () => {
  it('is true when the extraction holds little of a much longer articleBody', () => {
    expect(bodyOutweighs('Subscribe to read the full story.', BODY)).toBe(true);
  });

  it('is false when the extraction already holds it, or the body is short or missing', () => {
    expect(bodyOutweighs(BODY.replace(/\n/g, ' '), BODY)).toBe(false);
    expect(bodyOutweighs('A teaser.', 'A short summary of the story.')).toBe(false);
    expect(bodyOutweighs('A teaser.', null)).toBe(false);
  });
});

describe('bodyParagraphs', () => {
  it('splits on newlines and markup, and decodes entities', () => {
    expect(bodyParagraphs('<p>One &amp; two</p><p>Three&nbsp;four</p>\nFive')).toEqual([
      'One & two',
      'Three four',
      'Five',
    ]);
  });
});

describe('extractArticle with a JSON-LD articleBody', () => {
  const page = (visible: string, articleBody = BODY) =>
    `<html><head><title>Keeper</title><script type="application/ld+json">${JSON.stringify({
      '@type': 'NewsArticle',
      headline: 'Keeper',
      articleBody,
    })}</script></head><body><article><h1>Keeper</h1>${visible}</article></body></html>`;

  it("builds the article from the publisher's body when the page shows only a teaser", () => {
    const a = extractArticle(
      parseHtmlWithLinkedom(page('<p>Subscribe to read on.</p>'), 'https://x.example/a'),
      {
        url: 'https://x.example/a',
      },
    );
    expect(a.text).toContain(sentence(11));
  });

  it('keeps its own extraction when that already holds the story', () => {
    const visible = Array.from({ length: 12 }, (_, i) => `<p>${sentence(i)}</p>`).join('');
    const a = extractArticle(parseHtmlWithLinkedom(page(visible), 'https://x.example/a'), {
      url: 'https://x.example/a',
    });
    expect(a.html).toContain('<p>Sentence 0 of the full story');
    expect(a.text.match(/Sentence 3 of/g)).toHaveLength(1);
  });

  it("trims the publisher's body like the page's own text: credits, prompts, trailing labels", () => {
    const body = [
      'Foto: Jo Bloggs/dpa',
      BODY,
      'Already a subscriber? Log in to read every story.',
      'Mehr zum Thema:',
    ].join('\n');
    const a = extractArticle(
      parseHtmlWithLinkedom(page('<p>Subscribe to read on.</p>', body), 'https://x.example/a'),
      { url: 'https://x.example/a' },
    );
    expect(a.text).toContain(sentence(0));
    expect(a.text).toContain(sentence(11));
    for (const gone of ['Foto: Jo Bloggs', 'Already a subscriber', 'Mehr zum Thema']) {
      expect(a.text).not.toContain(gone);
    }
  });
});
