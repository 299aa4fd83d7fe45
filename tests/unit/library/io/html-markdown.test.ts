/** The article body as Markdown for Obsidian: structure kept, links and images by URL, nothing unsafe. */
import { expect, it } from 'vitest';
import { parseHtmlWithLinkedom } from '@/utils/article/parse-html-linkedom';
import { htmlToMarkdown } from '@/utils/library/io/html-markdown';

const md = (html: string) =>
  htmlToMarkdown(parseHtmlWithLinkedom(`<body>${html}</body>`, 'https://example.fr/').body);

it('converts headings, paragraphs, emphasis, links, images, lists, quotes and code', () => {
  const html = `
    <h2>Le nuage</h2>
    <p>Les <strong>États-Unis</strong> et <em>l’Europe</em> : <a href="https://example.fr/a">lire</a>.</p>
    <figure><img src="https://cdn.example.fr/n.jpg" alt="Un centre"><figcaption>Un centre de données</figcaption></figure>
    <ul><li>un</li><li>deux<ul><li>deux bis</li></ul></li></ul>
    <ol start="3"><li>trois</li><li>quatre</li></ol>
    <blockquote><p>Une citation</p><p>sur deux paragraphes</p></blockquote>
    <pre><code>const x = 1;
x++;</code></pre>
    <p>Fin avec <code>code</code><br>et une ligne.</p><hr>`;
  expect(md(html)).toBe(
    [
      '## Le nuage',
      'Les **États-Unis** et _l’Europe_ : [lire](https://example.fr/a).',
      '![Un centre](https://cdn.example.fr/n.jpg)',
      '_Un centre de données_',
      '- un\n- deux\n\n  - deux bis',
      '3. trois\n4. quatre',
      '> Une citation\n>\n> sur deux paragraphes',
      '```\nconst x = 1;\nx++;\n```',
      'Fin avec `code`\\\net une ligne.',
      '---',
    ].join('\n\n'),
  );
});

it('drops unsafe links, escapes Markdown in text and keeps unsaved images by their web address', () => {
  const out = md(
    '<p><a href="javascript:alert(1)">piège</a> *pas* du [markdown] # ni_ça</p><p><img data-liseuse-src="https://x.fr/i.png" alt="i"></p><p>1. pas une liste</p>',
  );
  expect(out).toBe(
    'piège \\*pas\\* du \\[markdown\\] \\# ni\\_ça\n\n![i](https://x.fr/i.png)\n\n1\\. pas une liste',
  );
});
