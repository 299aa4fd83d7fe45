import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { EN_URL } from '@/tests/unit/article/extract/helpers';
import { internalsOf } from '@/utils/article/extract/readability-internals';
import { blockChildTest } from '@/utils/article/extract/readability-native-dom';
import { parseHtmlWithLinkedom } from '@/utils/article/parse-html-linkedom';

const PAGE = `<!doctype html><html><head><title>Blocks</title></head><body>
  <div id="text">Only <b>inline</b> words and <a href="/x">a link</a><br></div>
  <div id="deep"><span><em><img src="a.jpg"></em></span></div>
  <div id="para"><p>A paragraph.</p></div>
  <div id="list"><section><ul><li>One</li></ul></section></div>
  <div id="quote"><blockquote>Said.</blockquote></div>
  <div id="svg"><svg><text>A label</text></svg></div>
  <div id="empty"></div>
  <div id="comment"><!-- <p>not an element</p> --></div>
</body></html>`;

describe("Readability's block-child test by selector", () => {
  it('answers as Readability does for every div', () => {
    const doc = parseHtmlWithLinkedom(PAGE, EN_URL);
    const helpers = internalsOf(new Readability(doc));
    const original = helpers._hasChildBlockElement.bind(helpers);
    const bySelector = blockChildTest(helpers);
    const divs = Array.from(doc.querySelectorAll('div'));
    expect(divs.map((d) => bySelector(d))).toEqual(divs.map((d) => original(d)));
    expect(divs.filter((d) => bySelector(d)).map((d) => d.id)).toEqual(['deep', 'para', 'list', 'quote']);
  });
});
