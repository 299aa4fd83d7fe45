import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { EN_URL, fixturePage } from '@/tests/unit/article/extract/helpers';
import { adaptReadabilityToJsDom } from '@/utils/article/extract/readability-js-dom';
import { cheapenTextTests } from '@/utils/article/extract/readability-text-tests';
import { parseHtmlWithLinkedom } from '@/utils/article/parse-html-linkedom';

/** Readability as run-readability.ts sets it up: its text tests cheapened, and adapted to linkedom. */
function adapt(reader: Readability<string>, doc: Document): void {
  cheapenTextTests(reader);
  adaptReadabilityToJsDom(reader, doc);
}

/** Readability's article as HTML, on a fresh parse of `html`, with or without the adaptation. */
function readabilityHtml(html: string, adapted: boolean): string | null | undefined {
  const doc = parseHtmlWithLinkedom(html, EN_URL);
  const reader = new Readability(doc);
  if (adapted) adapt(reader, doc);
  return reader.parse()?.content;
}

const HIDDEN = `<!doctype html><html><head><title>Hidden blocks</title></head><body><article>
  <h1>Hidden blocks</h1>
  ${'<p>The river rose overnight and the ferry stopped running before dawn, the harbour office said.</p>'.repeat(6)}
  <div style="display: none"><p>A block hidden by its inline style, with enough words to be scored as prose here.</p></div>
  <div style="visibility:hidden"><p>A block made invisible by its inline style, with enough words to count as prose.</p></div>
  <div hidden><p>A block hidden by the attribute, long enough to be scored as a paragraph of the article.</p></div>
  <div aria-hidden="true"><p>A block hidden from assistive technology, long enough to be scored as prose too.</p></div>
  <div style="color: red"><p>A styled but visible block that carries words of the article, long enough to count.</p></div>
  <template><p>Template content never shown, long enough to be mistaken for a paragraph of prose.</p></template>
</article></body></html>`;

const PROSE =
  '<p>The council met on Tuesday and agreed to reopen the old bridge to cyclists in the spring.</p>';
/** Links and pictures of every kind `_fixRelativeUris` handles, with a `<base href>` or without. */
const LINKS = (head: string) => `<!doctype html><html><head><title>Links</title>${head}</head><body><article>
  <h1>Links</h1>
  ${PROSE.repeat(4)}
  <p>Read <a href="/news/bridge">the first report</a>, <a href="#notes">the notes</a>,
    <a href="javascript:void(0)">a script link</a> and <a href="javascript:open()"><b>a bold</b> script link</a>.</p>
  <p><img src="img/bridge.jpg" srcset="img/bridge-2x.jpg 2x, https://cdn.example/b.jpg 640w" alt="The bridge">
    <video poster="poster.jpg" src="clip.mp4"></video></p>
  ${PROSE.repeat(4)}
</article></body></html>`;

/** Blocks empty but for white space, breaks or rules, and byline candidates of every kind, with no byline meta. */
const BLOCKS_AND_BYLINES = (byline: string) => `<!doctype html><html><head><title>Bylines</title></head><body>
  <div class="top"> \n\t&nbsp; </div><section><div> <br> <hr> </div></section><header><img src="a.jpg"></header>
  <h2>\u2003</h2><div><!-- only a comment --></div><div><span> </span><b>\u00a0</b></div>
  ${byline}
  <article><h1>Bylines</h1>${PROSE.repeat(6)}<div><span></span><p>One more line of the council's report.</p></div></article>
</body></html>`;
const BYLINES = [
  '<p class="byline">By Ann Smith</p>',
  '<a rel="author" href="/ann">Ann Smith</a>',
  '<div itemprop="author"><span itemprop="name">Ann Smith</span>, staff writer</div>',
  '<p class="author">   </p><p class="dateline">London</p>',
  `<p class="byline">${'A very long line that no byline would be, '.repeat(3)}</p>`,
  '<p id="writtenby"><span>Ann</span> <span>Smith</span></p>',
];

describe("Readability's helpers on linkedom", () => {
  it('give the same article as Readability alone', () => {
    const pages = [
      fixturePage('en-news-article.html'),
      fixturePage('fr-tech-article.html'),
      HIDDEN,
      ...BYLINES.map(BLOCKS_AND_BYLINES),
    ];
    for (const page of [...pages, LINKS(''), LINKS('<base href="https://other.example/dir/">')]) {
      expect(readabilityHtml(page, true)).toBe(readabilityHtml(page, false));
    }
  });

  it('unwrap script links, and resolve the others only against a <base href>', () => {
    const bare = readabilityHtml(LINKS(''), true) ?? '';
    expect(bare).not.toContain('javascript:');
    expect(bare).toContain('a script link');
    expect(bare).toContain('<span><b>a bold</b> script link</span>');
    expect(bare).toContain('href="/news/bridge"');
    const based = readabilityHtml(LINKS('<base href="https://other.example/dir/">'), true) ?? '';
    expect(based).toContain('href="https://other.example/news/bridge"');
    expect(based).toContain('src="https://other.example/dir/img/bridge.jpg"');
  });

  it('find the byline and drop the empty blocks as Readability does', () => {
    const doc = parseHtmlWithLinkedom(BLOCKS_AND_BYLINES(BYLINES[2] ?? ''), EN_URL);
    const reader = new Readability(doc);
    adapt(reader, doc);
    const article = reader.parse();
    expect(article?.byline).toBe('Ann Smith');
    expect(article?.content).not.toContain('class="top"');
    expect(article?.content).toContain("One more line of the council's report.");
  });

  it('still leave out what inline styles and attributes hide', () => {
    const html = readabilityHtml(HIDDEN, true) ?? '';
    expect(html).toContain('styled but visible');
    expect(html).not.toContain('hidden by its inline style');
    expect(html).not.toContain('made invisible');
    expect(html).not.toContain('hidden by the attribute');
  });
});
