import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/article/extract/extract-article';
import { parseHtmlWithLinkedom } from '@/utils/article/parse-html-linkedom';

const URL = 'https://harbour.example/a';
const para = (n: number) =>
  `<p>Paragraph ${n} of the story tells how the harbour of the old town was rebuilt after the storm of the winter.</p>`;

/** A page with no author in its metadata, whose byline box is `box`. */
const bylineOf = (box: string): string | null =>
  extractArticle(
    parseHtmlWithLinkedom(
      `<html><head><title>Harbour</title><meta property="og:site_name" content="Harbour News"></head><body>
<article><h1>Harbour</h1>${box}${Array.from({ length: 8 }, (_, i) => para(i)).join('')}</article></body></html>`,
      URL,
    ),
    { url: URL },
  ).byline;

describe('Readability’s byline box read with its lines', () => {
  it('does not glue the name to the role and date on the line a <br> or a block starts', () => {
    expect(
      bylineOf(
        '<div class="post-author"><img src="/a.jpg" alt=""><div><a href="/team/nora">Nora Quill</a><br><small>Tests editor · 5 December 2026</small></div></div>',
      ),
    ).toBe('Nora Quill');
    expect(
      bylineOf('<div class="post-author"><span>Nora Quill</span><div>Harbour reporter</div></div>'),
    ).toBe('Nora Quill');
  });

  it('keeps a byline written on one line, and the lines the source sets apart', () => {
    expect(
      bylineOf(
        '<div class="post-author"><a href="/team/nora">Nora Quill</a>\n\n<a href="/x/nq">noraquill</a></div>',
      ),
    ).toBe('Nora Quill');
    expect(bylineOf('<div class="post-author">By <a href="/team/nora">Nora Quill</a></div>')).toBe(
      'Nora Quill',
    );
  });
});
