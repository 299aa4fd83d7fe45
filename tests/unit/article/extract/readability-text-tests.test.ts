import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { EN_URL } from '@/tests/unit/article/extract/helpers';
import { cheapenTextTests } from '@/utils/article/extract/readability-text-tests';
import { parseHtmlWithLinkedom } from '@/utils/article/parse-html-linkedom';

/** Readability's article (HTML and byline) on a fresh parse of `html`, with or without the cheaper tests. */
function read(html: string, cheap: boolean): [string | null | undefined, string | null | undefined] {
  const reader = new Readability(parseHtmlWithLinkedom(html, EN_URL));
  if (cheap) cheapenTextTests(reader);
  const article = reader.parse();
  return [article?.content, article?.byline];
}

const PROSE =
  '<p>The ferry stopped running before dawn and the harbour office closed the pier to walkers.</p>';
/** Hidden, empty and byline-like blocks of every kind the three tests answer about. */
const page = (byline: string) => `<!doctype html><html><head><title>Pier</title></head><body>
  <div style="display: none"><p>Hidden by its inline style, with enough words to be scored as prose here.</p></div>
  <div style="visibility:hidden"><p>Invisible by its inline style, with enough words to count as prose too.</p></div>
  <div hidden><p>Hidden by the attribute, long enough to be scored as a paragraph of the article.</p></div>
  <div aria-hidden="true" class="fallback-image"><p>A math picture's fallback, kept as Readability keeps it.</p></div>
  <svg aria-hidden="true"><text>A drawing's label</text></svg>
  <div style="color: red"><p>A styled but visible block carrying words of the article, long enough.</p></div>
  <div> \n\t&nbsp; </div><section><div> <br> <hr> </div></section><h2>\u2003</h2><div><!-- a comment --></div>
  ${byline}
  <article><h1>Pier</h1>${PROSE.repeat(6)}</article>
</body></html>`;
const BYLINES = [
  '<p class="byline">By Ann Smith</p>',
  '<a rel="author" href="/ann">Ann Smith</a>',
  '<div itemprop="author"><span itemprop="name">Ann Smith</span>, staff writer</div>',
  '<p class="author">   </p><p class="dateline">London</p>',
  `<p class="byline">${'A line far too long to be anybody byline, '.repeat(3)}</p>`,
  '<p>Ann Smith</p>',
];

describe("Readability's visibility, byline and empty-block tests, cheapened", () => {
  it('give the same article and byline as Readability alone', () => {
    for (const byline of BYLINES) expect(read(page(byline), true)).toEqual(read(page(byline), false));
  });

  it('still find the byline and leave out what is hidden', () => {
    const [html, byline] = read(page(BYLINES[0] ?? ''), true);
    expect(byline).toBe('By Ann Smith');
    expect(html).toContain('styled but visible');
    expect(html).not.toContain('Hidden by');
    expect(read(page(BYLINES[5] ?? ''), true)[1]).toBeNull();
  });
});
