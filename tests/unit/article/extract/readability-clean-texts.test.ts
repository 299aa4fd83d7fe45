import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { EN_URL, fixturePage } from '@/tests/unit/article/extract/helpers';
import { readTextsOncePerCleaningPass } from '@/utils/article/extract/readability-clean-texts';
import { internalsOf } from '@/utils/article/extract/readability-internals';
import { parseHtmlWithLinkedom } from '@/utils/article/parse-html-linkedom';

/** Readability's article as HTML on a fresh parse of `html`, with or without the texts kept per pass. */
function readabilityHtml(html: string, kept: boolean): string | null | undefined {
  const reader = new Readability(parseHtmlWithLinkedom(html, EN_URL));
  if (kept) readTextsOncePerCleaningPass(reader);
  return reader.parse()?.content;
}

const PROSE =
  '<p>The ferry stopped running before dawn, the harbour office said, and the pier was closed.</p>';
const LINKS = '<a href="/a">One story</a> <a href="#b">Two</a> <a href="/c">Three stories more</a>';
/** Nested boxes that `_cleanConditionally` weighs and removes from the inside out: a link box inside a box of prose. */
const NESTED = `<!doctype html><html><head><title>Pier</title></head><body><article><h1>Pier</h1>
  ${PROSE.repeat(5)}
  <div class="box"><div class="links">${LINKS}</div>${PROSE}<div><ul><li>${LINKS}</li></ul></div></div>
  <div><div><div>${LINKS} and a few words</div></div><p>Short.</p></div>
  <div>${PROSE}<div>${PROSE}<div>Ad</div></div></div>
  <form><input> <input> ${LINKS}</form>
  <table><tr><td>${LINKS}</td></tr></table>
  ${PROSE.repeat(3)}
</article></body></html>`;

describe("Readability's conditional cleaning with each text read once per pass", () => {
  it('gives the same article as Readability alone', () => {
    for (const page of [NESTED, fixturePage('en-news-article.html'), fixturePage('de-news-article.html')]) {
      expect(readabilityHtml(page, true)).toBe(readabilityHtml(page, false));
    }
  });

  it('keeps the texts read during a pass only', () => {
    const doc = parseHtmlWithLinkedom(NESTED, EN_URL);
    const reader = new Readability(doc);
    const helpers = internalsOf(reader);
    let reads = 0;
    const original = helpers._getInnerText.bind(reader);
    helpers._getInnerText = (node, normalizeSpaces) => {
      reads++;
      return original(node, normalizeSpaces);
    };
    const box = doc.querySelector('.box') as Element;
    // A stand-in for the pass: what matters is what it reads.
    helpers._cleanConditionally = () => {
      helpers._getInnerText(box);
      helpers._getInnerText(box, true);
      helpers._getInnerText(box, false);
    };
    readTextsOncePerCleaningPass(reader);
    helpers._cleanConditionally(box, 'div');
    expect(reads).toBe(2);
    helpers._getInnerText(box);
    helpers._getInnerText(box);
    expect(reads).toBe(4);
  });
});
