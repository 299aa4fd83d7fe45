import { describe, expect, it } from 'vitest';
import { fixturePage, pageOf } from '@/tests/unit/article/extract/helpers';
import { letterCount, lettersIn } from '@/utils/article/letter-count';
import { parseHtmlWithLinkedom } from '@/utils/article/parse-html-linkedom';

describe('letterCount', () => {
  it('counts the characters of a text other than white space of every kind', () => {
    expect(lettersIn(' a b\n\tc\u00a0d\u2003e\u3000f\ufeff ')).toBe(6);
    expect(lettersIn('\u200b')).toBe(1);
    expect(lettersIn('')).toBe(0);
  });

  it("counts an element's text at any depth, comments left out", () => {
    const doc = pageOf('<div id="a"> Le <b>chat <i>dort</i></b><!-- rien --> ici. </div>');
    expect(letterCount(doc.getElementById('a') as Element)).toBe('Lechatdortici.'.length);
  });

  it("says what removing the white space of an element's text says, for every element of real pages", () => {
    const pages = ['en-news-article.html', 'fr-tech-article.html'].map((name) =>
      parseHtmlWithLinkedom(fixturePage(name), 'https://x.example/'),
    );
    const elements = pages.flatMap((doc) => Array.from(doc.querySelectorAll('*')));
    expect(elements.length).toBeGreaterThan(100);
    for (const el of elements)
      expect(letterCount(el)).toBe((el.textContent ?? '').replace(/\s+/g, '').length);
  });
});
