import { describe, expect, it } from 'vitest';
import { groupHighlights, linkToQuote } from '@/utils/highlights/group-highlights';
import { quoteOf } from '@/utils/highlights/model';
import type { StoredAnnotationRow } from '@/utils/highlights/stored-form';

const row = (id: string, url: string, exact: string, modified: number, body = ''): StoredAnnotationRow => ({
  id: `urn:uuid:${id}`,
  url,
  target: { source: url, selector: [{ type: 'TextQuoteSelector', exact }] },
  body,
  color: 'yellow',
  tags: [],
  created: modified,
  modified,
});

const rows = [
  row('1', 'https://a.example/x', 'Les États-Unis regardent', 10),
  row('2', 'https://b.example/y', 'Le nuage souverain', 30, 'À comparer avec Gaia-X'),
  row('3', 'https://a.example/x', 'Une autre phrase', 20),
];
const articles = new Map([['https://a.example/x', { id: 'art-1', title: 'Article A' }]]);

describe('all-highlights grouping', () => {
  it('groups by page, most recently annotated first, highlights in creation order', () => {
    const groups = groupHighlights(rows, articles, '');
    expect(groups.map((g) => g.url)).toEqual(['https://b.example/y', 'https://a.example/x']);
    expect(groups[1]).toMatchObject({ title: 'Article A', articleId: 'art-1' });
    expect(groups[1]?.annotations.map(quoteOf)).toEqual(['Les États-Unis regardent', 'Une autre phrase']);
    expect(groups[0]).toMatchObject({ title: 'https://b.example/y', articleId: null });
  });

  it('searches quotes, notes and titles without accents or case', () => {
    expect(groupHighlights(rows, articles, 'etats-unis').flatMap((g) => g.annotations.map(quoteOf))).toEqual([
      'Les États-Unis regardent',
    ]);
    expect(groupHighlights(rows, articles, 'GAIA').map((g) => g.url)).toEqual(['https://b.example/y']);
    expect(groupHighlights(rows, articles, 'article a').flatMap((g) => g.annotations).length).toBe(2);
    expect(groupHighlights(rows, articles, 'absent')).toEqual([]);
  });

  it('links to the quote with a text fragment', () => {
    expect(linkToQuote('https://a.example/x#top', 'Le nuage, souverain-européen')).toBe(
      'https://a.example/x#:~:text=Le%20nuage%2C%20souverain%2Deurop%C3%A9en',
    );
    expect(linkToQuote('https://a.example/x', 'un deux trois quatre cinq six sept huit neuf dix')).toBe(
      'https://a.example/x#:~:text=un%20deux%20trois%20quatre,sept%20huit%20neuf%20dix',
    );
  });
});
