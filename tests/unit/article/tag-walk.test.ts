import { describe, expect, it } from 'vitest';
import { pageOf } from '@/tests/unit/article/extract/helpers';
import {
  closestNamed,
  elementsNamed,
  elementsWhere,
  firstElementNamed,
  hasNativeSelectors,
  tagOf,
} from '@/utils/article/tag-walk';

const PAGE = `
  <nav><ul><li><a href="/a">A</a></li><li><a href="/b">B</a></li></ul></nav>
  <main><h1>Title</h1>
    <p>One <a href="/c">link</a> and <img src="x.png"></p>
    <template><p>Not on the page</p><img src="t.png"></template>
    <blockquote><p>Quoted</p><ol><li>item</li></ol></blockquote>
    <figure><picture><img src="y.png"></picture><figcaption>Caption</figcaption></figure>
  </main>
  <footer><p>Footer <a href="/d">d</a></p></footer>`;

describe('tag walks without selectors', () => {
  it('lists what querySelectorAll lists, in the same order, template contents skipped', () => {
    const doc = pageOf(PAGE);
    const made = doc.createElement('P');
    doc.querySelector('main')?.append(made);
    for (const tags of [['p'], ['a'], ['img', 'picture', 'figure'], ['ul', 'ol'], ['template'], ['html']]) {
      expect(elementsNamed(doc, new Set(tags))).toEqual(Array.from(doc.querySelectorAll(tags.join(','))));
      const main = doc.querySelector('main') as Element;
      expect(elementsNamed(main, new Set(tags))).toEqual(Array.from(main.querySelectorAll(tags.join(','))));
    }
  });

  it('lists the descendants of an element whose document has lost its root element', () => {
    const doc = pageOf(PAGE);
    const main = doc.querySelector('main') as Element;
    doc.documentElement.remove();
    expect(elementsNamed(main, new Set(['img']))).toEqual(Array.from(main.querySelectorAll('img')));
    expect(elementsNamed(doc, new Set(['img']))).toEqual([]);
  });

  it('lists the elements passing a test as querySelectorAll lists those matching a selector', () => {
    const doc = pageOf(PAGE);
    const withHref = (el: Element) => el.hasAttribute('href');
    expect(elementsWhere(doc, withHref)).toEqual(Array.from(doc.querySelectorAll('[href]')));
    const main = doc.querySelector('main') as Element;
    expect(elementsWhere(main, withHref)).toEqual(Array.from(main.querySelectorAll('[href]')));
    expect(elementsWhere(main, (el) => el.localName === 'img')).toEqual(
      Array.from(main.querySelectorAll('img')),
    );
  });

  it('finds the first descendant and the closest ancestor as querySelector and closest do', () => {
    const doc = pageOf(PAGE);
    expect(firstElementNamed(doc, new Set(['h1']))).toBe(doc.querySelector('h1'));
    const quote = doc.querySelector('blockquote') as Element;
    expect(firstElementNamed(quote, new Set(['ol', 'p']))).toBe(quote.querySelector('ol, p'));
    expect(firstElementNamed(quote, new Set(['table']))).toBeNull();
    const link = doc.querySelector('nav a') as Element;
    expect(closestNamed(link, new Set(['nav', 'footer']))).toBe(link.closest('nav, footer'));
    expect(closestNamed(link, new Set(['a']))).toBe(link);
    expect(closestNamed(link, new Set(['main']))).toBeNull();
  });

  it('reads tag names in lower case, the same name again from its first reading', () => {
    const doc = pageOf('<p>x</p>');
    expect(tagOf(doc.createElement('P'))).toBe('p');
    expect(tagOf(doc.createElement('P'))).toBe('p');
    expect(tagOf(doc.querySelector('p') as Element)).toBe('p');
    expect(tagOf(doc.createElement('my-Widget'))).toBe('my-widget');
  });

  it('tells a JavaScript DOM from a browser one', () => {
    expect(hasNativeSelectors(pageOf('<p>x</p>'))).toBe(false);
    const native = { querySelectorAll: Array.prototype.push } as unknown as Document;
    expect(hasNativeSelectors(native)).toBe(true);
  });
});
