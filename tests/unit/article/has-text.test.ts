import { describe, expect, it } from 'vitest';
import { fixturePage, pageOf } from '@/tests/unit/article/extract/helpers';
import { hasText } from '@/utils/article/has-text';
import { parseHtmlWithLinkedom } from '@/utils/article/parse-html-linkedom';

// White space of every kind trim removes (no-break, em and ideographic spaces, line separator, BOM), and
// characters it keeps though they show nothing (zero-width space, Mongolian vowel separator).
const BLOCKS = `<div id="a"> \n\t\u00a0\u2003\u3000\u2028\ufeff</div><div id="b">\u200b</div><div id="c">\u180e</div>
  <section id="d"><div> <span> </span> <br><hr> </div><!-- a comment is no text --></section>
  <div id="e"><span></span><b><i> x </i></b></div><div id="f"><template><p>inside a template</p></template></div>
  <p id="g"><img src="a.jpg" alt="an image's alternative is no text"></p><div id="h"></div>`;

describe('hasText', () => {
  it("says what trimming an element's text says, for every element of real and tricky pages", () => {
    const pages = ['en-news-article.html', 'fr-tech-article.html'].map((name) =>
      parseHtmlWithLinkedom(fixturePage(name), 'https://x.example/'),
    );
    const elements = [pageOf(BLOCKS), ...pages].flatMap((doc) => Array.from(doc.querySelectorAll('*')));
    expect(elements.length).toBeGreaterThan(100);
    for (const el of elements) expect(hasText(el), el.outerHTML).toBe((el.textContent ?? '').trim() !== '');
  });

  it('finds no text in blocks of white space, comments and images, and finds it at any depth', () => {
    const doc = pageOf(BLOCKS);
    const has = (id: string) => hasText(doc.getElementById(id) as Element);
    expect(['a', 'd', 'g', 'h'].map(has)).toEqual([false, false, false, false]);
    expect(['b', 'c', 'e', 'f'].map(has)).toEqual([true, true, true, true]);
  });

  it('walks a page nested thousands of elements deep without overflowing the stack', () => {
    const depth = 20_000;
    const doc = pageOf(`${'<div><span>'.repeat(depth)} ${'</span></div>'.repeat(depth)}<p>text after</p>`);
    expect(hasText(doc.body)).toBe(true);
    expect(hasText(doc.body.firstElementChild as Element)).toBe(false);
  });
});
