import { describe, expect, it } from 'vitest';
import {
  libraryPathForEntity,
  readLibraryState,
  viewFilters,
  writeLibraryState,
} from '@/utils/library/library-state';
import { readingPoint, scrollTopFor } from '@/utils/library/reader/reading-progress';
import { scrollToRow, visibleRows } from '@/utils/library/virtual-window';

describe('library state in the URL', () => {
  it('round-trips view, query, filters, order and the open article', () => {
    const state = {
      view: 'archive' as const,
      query: 'états',
      filters: { tag: 'à lire', site: 'x.fr', entity: 'Storm-0558' },
      sort: 'longest' as const,
      articleId: 'abc',
    };
    expect(readLibraryState(writeLibraryState(state))).toEqual(state);
    expect(writeLibraryState({ view: 'inbox', query: '', filters: {}, sort: null, articleId: null })).toBe(
      '',
    );
    expect(readLibraryState('')).toEqual({
      view: 'inbox',
      query: '',
      filters: {},
      sort: null,
      articleId: null,
    });
  });

  it('ignores malformed values, keeps old status links, and opens entity links on the whole library', () => {
    expect(readLibraryState('?view=trash&sort=random&tag=%20')).toMatchObject({
      view: 'inbox',
      sort: null,
      filters: {},
    });
    expect(readLibraryState('?status=archived').view).toBe('archive');
    expect(readLibraryState('?favorite=1').view).toBe('favorites');
    const entity = readLibraryState(libraryPathForEntity('Microsoft').split('?')[1] ?? '');
    expect(entity).toMatchObject({ view: 'all', filters: { entity: 'Microsoft' } });
  });

  it('maps views to the store filters', () => {
    expect(viewFilters('inbox', { tag: 't' })).toEqual({ status: 'unread', tag: 't' });
    expect(viewFilters('favorites', {})).toEqual({ favorite: true });
    expect(viewFilters('archive', {})).toEqual({ status: 'archived' });
    expect(viewFilters('all', {})).toEqual({});
  });
});

describe('virtual window', () => {
  it('renders only visible rows plus overscan', () => {
    expect(visibleRows(0, 500, 100, 10_000, 2)).toEqual({ start: 0, end: 7 });
    expect(visibleRows(100_000, 500, 100, 10_000, 2)).toEqual({ start: 998, end: 1007 });
    expect(visibleRows(1_000_000, 500, 100, 10, 2)).toEqual({ start: 8, end: 10 });
    expect(visibleRows(0, 500, 100, 0)).toEqual({ start: 0, end: 0 });
  });

  it('scrolls a row into view only when needed', () => {
    expect(scrollToRow(0, 300, 500, 100)).toBe(0);
    expect(scrollToRow(5, 0, 500, 100)).toBe(100);
    expect(scrollToRow(2, 0, 500, 100)).toBe(0);
  });
});

describe('reading progress', () => {
  it('measures progress at the bottom and position at the top', () => {
    expect(readingPoint(0, 500, 2000)).toEqual({ progress: 0.25, position: 0 });
    expect(readingPoint(1500, 500, 2000)).toEqual({ progress: 1, position: 1 });
    expect(readingPoint(0, 800, 500)).toEqual({ progress: 1, position: 0 });
    expect(scrollTopFor(0.5, 500, 2500)).toBe(1000);
  });
});
