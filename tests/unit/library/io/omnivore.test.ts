import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseHtmlWithLinkedom } from '@/utils/article/parse-html-linkedom';
import { createHtmlCleaner } from '@/utils/library/io/html-cleaner';
import { type HtmlCleaner, parseOmnivoreZip } from '@/utils/library/io/omnivore';
import { parseQuoteBlocks } from '@/utils/library/io/quote-markdown';
import { readZip } from '@/utils/library/io/zip';
import { fixtureText } from './fixture';

// The real sanitiser (utils/article/extract allowlist rebuild) on linkedom; calls are recorded to check
// that content goes through it with the article's URL as base.
const calls: string[] = [];
const sanitiser = createHtmlCleaner(parseHtmlWithLinkedom);
const clean: HtmlCleaner = (html, base) => {
  calls.push(base);
  return sanitiser(html, base);
};

const META = [
  {
    id: '1',
    slug: 'cloud-leak',
    title: 'Cloud leak',
    description: 'How a key leaked',
    author: 'A. Writer',
    url: 'https://example.com/cloud-leak',
    state: 'Archived',
    labels: ['security', { name: 'Cloud' }],
    savedAt: '2024-02-01T10:00:00.000Z',
    updatedAt: '2024-02-02T10:00:00.000Z',
    publishedAt: '2024-01-31T08:00:00.000Z',
    readingProgress: 50,
  },
  {
    id: '2',
    slug: 'no-content',
    title: 'Link only',
    url: 'https://example.com/link',
    state: 'Succeeded',
    labels: [],
    savedAt: '2024-03-01T10:00:00.000Z',
  },
  { id: '3', slug: 'gone', title: 'Deleted', url: 'https://example.com/gone', state: 'Deleted', labels: [] },
  { id: '4', slug: 'bad', title: 'Bad', url: 'javascript:alert(1)', state: 'Succeeded', labels: [] },
];

function archive() {
  return readZip(
    zipSync({
      'metadata_0_to_4.json': strToU8(JSON.stringify(META)),
      'content/cloud-leak.html': strToU8(
        '<html><body><p onclick="x()">Body text <a href="javascript:alert(1)">x</a> <a href="/rel">rel</a></p><script>alert(1)</script></body></html>',
      ),
      'highlights/cloud-leak.md': strToU8(fixtureText('omnivore-highlights.md')),
    }),
  );
}

describe('Omnivore export zip', () => {
  it('imports metadata, sanitised content and state', () => {
    calls.length = 0;
    const out = parseOmnivoreZip(archive(), clean, 0);
    expect(calls).toHaveLength(1);
    const [leak, link] = out.articles;
    expect(leak).toMatchObject({
      title: 'Cloud leak',
      byline: 'A. Writer',
      excerpt: 'How a key leaked',
      status: 'archived',
      tags: ['security', 'Cloud'],
      savedAt: Date.parse('2024-02-01T10:00:00.000Z'),
      publishedTime: '2024-01-31T08:00:00.000Z',
      progress: 0.5,
      contentMissing: false,
    });
    expect(calls).toEqual(['https://example.com/cloud-leak']);
    expect(leak?.text).toMatch(/^Body text/);
    expect(leak?.html).not.toMatch(/script|onclick|javascript:/);
    expect(leak?.html).toContain('href="https://example.com/rel"');
    expect(link).toMatchObject({ contentMissing: true, html: null, status: 'unread' });
  });

  it('reports deleted items and bad URLs by item, importing the rest', () => {
    const out = parseOmnivoreZip(archive(), clean, 0);
    expect(out.articles).toHaveLength(2);
    expect(out.errors.map((e) => [e.line, e.unit, e.message.slice(0, 12)])).toEqual([
      [3, 'item', 'deleted in O'],
      [4, 'item', 'invalid URL:'],
    ]);
  });

  it('turns highlights/<slug>.md into quote-only annotations with notes', () => {
    const out = parseOmnivoreZip(archive(), clean, 0);
    expect(out.annotations.map((a) => [a.selectors[0], a.note, a.from.line])).toEqual([
      [
        { type: 'TextQuoteSelector', exact: 'The first highlighted passage', prefix: '', suffix: '' },
        'My note about it.',
        1,
      ],
      [{ type: 'TextQuoteSelector', exact: 'A quote\nspanning two lines', prefix: '', suffix: '' }, null, 5],
      [{ type: 'TextQuoteSelector', exact: 'A highlight without a note', prefix: '', suffix: '' }, null, 8],
    ]);
    expect(out.annotations.every((a) => a.url === 'https://example.com/cloud-leak')).toBe(true);
  });

  it('reports a broken metadata file and keeps reading the others', () => {
    const files = readZip(
      zipSync({
        'metadata_0_to_1.json': strToU8('[{"url": "https://example.com/x", "slug": "x"'),
        'metadata_1_to_2.json': strToU8('[{"url": "https://example.com/y", "slug": "y", "title": "Y"}]'),
      }),
    );
    const out = parseOmnivoreZip(files, clean, 0);
    expect(out.articles.map((a) => a.url)).toEqual(['https://example.com/y']);
    expect(out.errors[0]).toMatchObject({ file: 'metadata_0_to_1.json', line: 1 });
  });
});

describe('quote blocks', () => {
  it('ignores text before the first quote and keeps multi-paragraph notes', () => {
    expect(parseQuoteBlocks('intro\n\n> q1\n\nn1\n\nn1b\n> q2')).toEqual([
      { quote: 'q1', note: 'n1\n\nn1b', line: 3 },
      { quote: 'q2', note: null, line: 8 },
    ]);
  });
});
