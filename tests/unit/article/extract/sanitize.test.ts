import DOMPurify from 'dompurify';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { rebuildAllowed, sanitizeArticle } from '@/utils/article/extract/sanitize';
import { parseHtmlWithLinkedom } from '@/utils/article/parse-html-linkedom';
import { expectInert, HOSTILE_VECTORS } from './hostile-html';

const BASE = 'https://news.example/a/story';

function sanitize(fragment: string) {
  const doc = parseHtmlWithLinkedom(`<html><body><div id="root">${fragment}</div></body></html>`, BASE);
  return sanitizeArticle(doc.getElementById('root') as Element, BASE);
}

describe('sanitizeArticle on linkedom (Node, service worker)', () => {
  it('explains why it does not rely on DOMPurify there: DOMPurify cannot run on linkedom', () => {
    const { window } = parseHTML('<html><body></body></html>');
    const purify = DOMPurify(window as unknown as Window & typeof globalThis);
    // Unsupported DOMPurify returns its input unchanged: using it here would silently keep scripts.
    expect(purify.isSupported).toBeFalsy();
    expect(purify.sanitize('<img src=x onerror=alert(1)>')).toContain('onerror');
  });

  it.each(HOSTILE_VECTORS)('removes scripts, handlers and dangerous URLs: %s', (vector) => {
    expectInert(sanitize(vector).html);
  });

  it('keeps article structure and makes URLs absolute', () => {
    const { html, images } = sanitize(
      '<h2>Title</h2><p>Read <a href="/b/other?x=1#p" class="x" target="_blank">this</a> and <em>that</em>.</p>' +
        '<figure><img src="../img/one.jpg" alt="One" width="640" height="abc"><figcaption>Caption</figcaption></figure>' +
        '<p><a href="#note">note</a> <a href="mailto:desk@news.example">mail</a></p>',
    );
    expect(html).toContain('<h2>Title</h2>');
    expect(html).toContain('<a href="https://news.example/b/other?x=1#p">this</a>');
    expect(html).toContain('<em>that</em>');
    expect(html).toContain('src="https://news.example/img/one.jpg"');
    expect(html).toContain('width="640"');
    expect(html).not.toContain('height=');
    expect(html).not.toContain('class=');
    expect(html).not.toContain('target=');
    expect(html).toContain('href="#note"');
    expect(html).toContain('href="mailto:desk@news.example"');
    expect(images).toEqual(['https://news.example/img/one.jpg']);
  });

  it('escapes text and attribute values when serialising', () => {
    const { html } = sanitize('<p title="&quot;&gt;&lt;script&gt;x">&lt;img src=x onerror=alert(1)&gt;</p>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
  });

  it('unwraps unknown elements but keeps their text, and drops images without a usable source', () => {
    const { html, images } = sanitize(
      '<custom-card><font color="red">kept text</font></custom-card><img src="javascript:1">',
    );
    expect(html).toBe('kept text');
    expect(images).toEqual([]);
  });

  it('uses a srcset candidate as src when an image has no src', () => {
    const { images } = sanitize('<img srcset="/s.jpg 480w, /l.jpg 1024w" alt="x">');
    expect(images).toEqual(['https://news.example/l.jpg']);
  });

  it('survives very deep nesting without recursion', () => {
    const doc = parseHtmlWithLinkedom('<html><body><div id="root"></div></body></html>', BASE);
    let parent = doc.getElementById('root') as Element;
    for (let i = 0; i < 20_000; i++) {
      const child = doc.createElement(i % 2 ? 'div' : 'span');
      parent.appendChild(child);
      parent = child;
    }
    parent.appendChild(doc.createTextNode('bottom'));
    const root = rebuildAllowed(doc.getElementById('root') as Element, BASE);
    expect(root.textContent).toBe('bottom');
  });
});
