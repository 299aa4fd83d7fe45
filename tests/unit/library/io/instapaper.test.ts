import { describe, expect, it } from 'vitest';
import { instapaperTags, parseInstapaperCsv } from '@/utils/library/io/instapaper';
import { emptyImport } from '@/utils/library/io/types';
import { fixtureText } from './fixture';

const NOW = Date.UTC(2025, 0, 1);

describe('Instapaper CSV', () => {
  it('reads the old four-column form: Archive, Starred, other folders as tags', () => {
    const out = emptyImport('instapaper-csv');
    parseInstapaperCsv(fixtureText('instapaper-old.csv'), 'i.csv', out, NOW);
    expect(out.errors).toEqual([]);
    expect(out.articles.map((a) => [a.title, a.status, a.favourite, a.tags, a.excerpt])).toEqual([
      ['First', 'unread', false, [], 'A selection, with comma'],
      ['Second', 'archived', false, [], null],
      ['Third', 'unread', true, [], null],
      ['Fourth', 'unread', false, ['Recettes'], null],
    ]);
    expect(out.articles[0]?.savedAt).toBe(NOW);
  });

  it('reads the newer form with Timestamp and a JSON array of tags, reporting bad URLs by line', () => {
    const out = emptyImport('instapaper-csv');
    parseInstapaperCsv(fixtureText('instapaper-new.csv'), 'i.csv', out, NOW);
    expect(out.articles.map((a) => [a.url, a.tags, a.savedAt, a.status])).toEqual([
      ['https://example.com/n1', ['alpha', 'beta'], 1710000000000, 'unread'],
      ['https://example.com/n2', [], 1710000100000, 'archived'],
    ]);
    expect(out.errors).toEqual([{ file: 'i.csv', line: 4, message: 'invalid URL: not a url' }]);
  });

  it('accepts tag objects and falls back to a comma list when the cell is not JSON', () => {
    expect(instapaperTags('[{"name":"x"},"y"]')).toEqual(['x', 'y']);
    expect(instapaperTags('[broken, list')).toEqual(['[broken', 'list']);
    expect(instapaperTags('')).toEqual([]);
  });

  it('reads columns by name even when reordered', () => {
    const out = emptyImport('instapaper-csv');
    parseInstapaperCsv('Folder,Title,URL\nArchive,T,https://example.com/x\n', 'r.csv', out, NOW);
    expect(out.articles[0]).toMatchObject({ url: 'https://example.com/x', title: 'T', status: 'archived' });
  });
});
