import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readability } from '@mozilla/readability';
import { h, render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { parseHtmlWithLinkedom } from '@/utils/article/parse-html-linkedom';
import { applyEdit, applyPatch } from '@/utils/cli/apply-library-patch';
import { LIBRARY_PATCHES } from '@/utils/cli/library-patches';

const MODULES = resolve(import.meta.dirname, '../../../node_modules');
const edit = { file: 'a.js', find: 'x.innerHTML = y;', replace: 'setHtml(x, y);' };
const paragraphs = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `<p>Paragraphe ${i} : le texte de l’article, assez long pour compter.</p>`,
  ).join('');

describe('applyEdit', () => {
  it('replaces the text once, and leaves a file already patched as it is', () => {
    const once = applyEdit('a;x.innerHTML = y;b', edit);
    expect(once).toEqual({ text: 'a;setHtml(x, y);b' });
    expect(applyEdit('a;setHtml(x, y);b', edit)).toEqual({ text: 'a;setHtml(x, y);b' });
  });

  it('refuses a file where the text is missing or not unique', () => {
    expect(applyEdit('a;b', edit)).toEqual({ error: 'a.js: the text to replace is not there' });
    expect(applyEdit('x.innerHTML = y;x.innerHTML = y;', edit)).toEqual({
      error: 'a.js: the text to replace is not unique',
    });
  });
});

describe('applyPatch', () => {
  it('refuses another version of the package than the one the patch was written for', () => {
    const modules = mkdtempSync(join(tmpdir(), 'liseuse-patch-'));
    mkdirSync(join(modules, 'lib'));
    writeFileSync(join(modules, 'lib/package.json'), '{"version":"2.0.0"}');
    writeFileSync(join(modules, 'lib/a.js'), 'x.innerHTML = y;');
    const patch = { name: 'lib', version: '1.0.0', why: 'test', edits: [edit] };
    expect(applyPatch(modules, patch)).toEqual(['lib is 2.0.0, the patch was written for 1.0.0: revisit it']);
    expect(readFileSync(join(modules, 'lib/a.js'), 'utf8')).toBe('x.innerHTML = y;');
    expect(applyPatch(modules, { ...patch, version: '2.0.0' })).toEqual([]);
    expect(readFileSync(join(modules, 'lib/a.js'), 'utf8')).toBe('setHtml(x, y);');
  });

  it('has been applied to the installed libraries (npm install runs it)', () => {
    for (const patch of LIBRARY_PATCHES) {
      for (const { file, replace } of patch.edits) {
        expect(readFileSync(join(MODULES, patch.name, file), 'utf8'), `${patch.name}/${file}`).toContain(
          replace,
        );
      }
    }
  });
});

describe('the patched libraries', () => {
  it('Readability retries on the restored page when its first pass removed the article', () => {
    // The article sits in a "sidebar" box, which the first pass strips as unlikely: too little text is
    // left, so Readability restores the page from its cached clone and tries again without stripping.
    const doc = parseHtmlWithLinkedom(
      `<html><head><title>T</title></head><body><nav><a href="/">Accueil</a></nav><div class="sidebar">${paragraphs(12)}</div></body></html>`,
      'https://x.example/',
    );
    const article = new Readability(doc).parse();
    expect(article?.textContent).toContain('Paragraphe 11');
  });

  it('Readability keeps no clone and throws the value it was given when asked to retry on a fresh copy', () => {
    const doc = parseHtmlWithLinkedom(
      `<html><head><title>T</title></head><body><div class="sidebar">${paragraphs(12)}</div></body></html>`,
      'https://x.example/',
    );
    const reader = new Readability(doc);
    const retry = new Error('retry');
    Object.assign(reader, { _retryOnFreshCopy: retry });
    const clone = vi.spyOn(doc.body, 'cloneNode');
    expect(() => reader.parse()).toThrow(retry);
    expect(clone).not.toHaveBeenCalled();
  });

  it('Readability keeps the real image of a lazy-loaded one from its noscript copy', () => {
    const doc = parseHtmlWithLinkedom(
      `<html><body><article>${paragraphs(6)}<figure><img src="data:image/gif;base64,R0lGOD"><noscript><img src="https://x.example/photo.jpg"></noscript></figure>${paragraphs(6)}</article></body></html>`,
      'https://x.example/',
    );
    expect(new Readability(doc).parse()?.content).toContain('https://x.example/photo.jpg');
  });

  it('linkedom still parses HTML given to outerHTML and insertAdjacentHTML', () => {
    const doc = parseHtmlWithLinkedom(
      '<html><body><p id="a">a</p><p id="b">b</p></body></html>',
      'https://x/',
    );
    const a = doc.getElementById('a') as Element;
    a.outerHTML = '<h2>titre</h2><p>suite</p>';
    doc.getElementById('b')?.insertAdjacentHTML('afterend', '<em>fin</em>');
    expect(doc.body.innerHTML).toBe('<h2>titre</h2><p>suite</p><p id="b">b</p><em>fin</em>');
  });

  it('linkedom still calls the listeners added to a parsed node, until they are removed', () => {
    const doc = parseHtmlWithLinkedom('<html><body><p id="a">a</p></body></html>', 'https://x/');
    const p = doc.getElementById('a') as Element;
    const heard: string[] = [];
    const listener = (e: Event) => heard.push(e.type);
    const ping = (bubbles = false) =>
      p.dispatchEvent(new (doc.defaultView as unknown as { Event: typeof Event }).Event('ping', { bubbles }));
    p.removeEventListener('ping', listener);
    ping();
    p.addEventListener('ping', listener);
    doc.body.addEventListener('ping', () => heard.push('body'));
    ping(true);
    p.removeEventListener('ping', listener);
    ping();
    expect(heard).toEqual(['ping', 'body']);
  });

  it('linkedom still finds elements by tag name in any case', () => {
    const doc = parseHtmlWithLinkedom(
      '<html><body><p>a</p><div><P>b</P><img src="x.png"></div></body></html>',
      'https://x/',
    );
    const texts = (tag: string) => Array.from(doc.getElementsByTagName(tag), (el) => el.textContent);
    expect(texts('p')).toEqual(['a', 'b']);
    expect(texts('P')).toEqual(['a', 'b']);
    expect(doc.body.getElementsByTagName('IMG')).toHaveLength(1);
  });

  it('linkedom answers a selector it has compiled before, :scope relative to each element', () => {
    const one = parseHtmlWithLinkedom('<html><body><ul><li>a</li></ul><p>x</p></body></html>', 'https://x/');
    const two = parseHtmlWithLinkedom(
      '<html><body><ul><li>b</li><li>c</li></ul></body></html>',
      'https://x/',
    );
    const texts = (doc: Document, selectors: string) =>
      Array.from(doc.querySelectorAll(selectors), (el) => el.textContent);
    expect(texts(one, 'ul > li, p')).toEqual(['a', 'x']);
    expect(texts(two, 'ul > li, p')).toEqual(['b', 'c']);
    const [ulOne, ulTwo] = [one.querySelector('ul'), two.querySelector('ul')] as Element[];
    expect(ulOne?.querySelectorAll(':scope > li')).toHaveLength(1);
    expect(ulTwo?.querySelectorAll(':scope > li')).toHaveLength(2);
    expect(() => one.querySelector('p[')).toThrow();
    expect(() => one.querySelector('p[')).toThrow();
  });

  it("linkedom reads an element's class as its class list, through every way of changing it", () => {
    const doc = parseHtmlWithLinkedom(
      '<html><body><p class="  a  b a\tc ">x</p><p>y</p></body></html>',
      'https://x.example/',
    );
    const [p, bare] = Array.from(doc.getElementsByTagName('p')) as Element[];
    if (!p || !bare) throw new Error('two paragraphs expected');
    const same = (el: Element) => {
      expect(el.getAttribute('class')).toBe([...el.classList].join(' '));
      expect(el.className).toBe([...el.classList].join(' '));
    };
    expect(p.getAttribute('class')).toBe('a b c');
    expect(bare.getAttribute('class')).toBe('');
    same(p);
    p.classList.add('d');
    p.classList.remove('a');
    same(p);
    p.setAttribute('class', 'e  e f');
    same(p);
    expect(p.className).toBe('e f');
    p.className = 'g';
    same(p);
    same(p.cloneNode(true) as Element);
    p.removeAttribute('class');
    expect(p.getAttribute('class')).toBe('');
    bare.classList.add('h');
    same(bare);
  });

  it("linkedom gives an element's text in document order, its descendants' included", () => {
    const doc = parseHtmlWithLinkedom(
      '<html><body><div id="d">un <b>deux <i>trois</i></b><!-- non --> quatre<p></p></div><p id="e"></p></body></html>',
      'https://x.example/',
    );
    expect(doc.getElementById('d')?.textContent).toBe('un deux trois quatre');
    expect(doc.getElementById('e')?.textContent).toBe('');
    const one = doc.querySelector('i') as Element;
    expect(one.textContent).toBe('trois');
  });

  it('Preact refuses dangerouslySetInnerHTML instead of parsing the string', () => {
    const doc = parseHtmlWithLinkedom('<html><body></body></html>', 'https://x/');
    vi.stubGlobal('document', doc);
    const vnode = h('div', { dangerouslySetInnerHTML: { __html: '<img src=x onerror=alert(1)>' } });
    expect(() => render(vnode, doc.body)).toThrow(/dangerouslySetInnerHTML is disabled/);
    expect(doc.querySelector('img')).toBeNull();
    vi.unstubAllGlobals();
  });
});
