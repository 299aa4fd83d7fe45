import { describe, expect, it } from 'vitest';
import { fixturePage, pageOf } from '@/tests/unit/article/extract/helpers';
import { collapsedLengthExceeds } from '@/utils/article/collapsed-length';
import { parseHtmlWithLinkedom } from '@/utils/article/parse-html-linkedom';
import { collapseSpaces } from '@/utils/shared/fold';

// Every kind of white space `\s` matches, runs of it across elements, and characters it does not match.
const BLOCKS = `<div id="a"> \n\t un\u00a0\u2003deux <b> trois</b><i> </i>\u3000quatre\u2028 \ufeff</div>
  <div id="b">\u200b<span>\u180e</span> x \u1680\u202f\u205f\u2029 y<!-- no --><template>t</template></div>
  <p id="c"></p><p id="d"> \r\n\f\v </p>`;
const collapsed = (el: Element) => collapseSpaces(el.textContent).length;

describe('collapsedLengthExceeds', () => {
  it("compares the length of the element's text, white space collapsed and trimmed, for every element", () => {
    const pages = ['en-news-article.html', 'fr-tech-article.html'].map((name) =>
      parseHtmlWithLinkedom(fixturePage(name), 'https://x.example/'),
    );
    const elements = [pageOf(BLOCKS), ...pages].flatMap((doc) => Array.from(doc.querySelectorAll('*')));
    expect(elements.length).toBeGreaterThan(100);
    for (const el of elements) {
      const length = collapsed(el);
      for (const max of [0, 1, length - 1, length, 40, 800]) {
        expect(collapsedLengthExceeds(el, max), `${max} ${el.outerHTML}`).toBe(length > max);
      }
    }
  });

  it('counts a run of white space between words once, and none at the edges', () => {
    const doc = pageOf(BLOCKS);
    const exceeds = (id: string, max: number) =>
      collapsedLengthExceeds(doc.getElementById(id) as Element, max);
    const length = 'un deux trois quatre'.length;
    expect([exceeds('a', length - 1), exceeds('a', length)]).toEqual([true, false]);
    expect([exceeds('c', 0), exceeds('d', 0)]).toEqual([false, false]);
  });
});
