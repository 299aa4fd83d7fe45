import { describe, expect, it } from 'vitest';
import { EN_URL } from '@/tests/unit/article/extract/helpers';
import { elementsTagged, firstHeadline } from '@/utils/article/extract/element-queries';
import { parseHtmlWithLinkedom } from '@/utils/article/parse-html-linkedom';

const PAGE = `<!doctype html><html><head><title>T</title><style>p{}</style></head><body>
  <header><p>Site</p></header><script>var a;</script>
  <main><h1 id="first">The headline</h1><template><h1>Not shown</h1><script>var b;</script></template>
  <svg><style>.x{}</style><script>var c;</script></svg><h1 id="second">Another</h1><style>q{}</style></main>
</body></html>`;

describe('Look-ups by tag name of the extraction', () => {
  it('find the first headline, and the named elements in document order as selectors do', () => {
    const doc = parseHtmlWithLinkedom(PAGE, EN_URL);
    expect(firstHeadline(doc)?.id).toBe('first');
    const found = elementsTagged(doc.body, new Set(['script', 'style', 'template']));
    expect(found.map((el) => el.localName)).toEqual(['script', 'template', 'style', 'script', 'style']);
  });

  it('find nothing where there is nothing', () => {
    const doc = parseHtmlWithLinkedom('<html><body><p>Only text.</p></body></html>', EN_URL);
    expect(firstHeadline(doc)).toBeNull();
    expect(elementsTagged(doc.body, new Set(['script']))).toEqual([]);
  });
});
