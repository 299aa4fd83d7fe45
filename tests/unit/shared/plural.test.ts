/** Counts by each catalogue's plural rules: the real catalogues, English and French. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { plural } from '@/utils/shared/i18n';
import { useCatalogue } from '../support/use-catalogue';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('plural', () => {
  it('English: one and other', () => {
    useCatalogue('en');
    expect([0, 1, 2, 10_000].map((n) => plural('libraryCount', n))).toEqual([
      '0 articles',
      '1 article',
      '2 articles',
      '10,000 articles',
    ]);
    expect(plural('libraryTagged', 3, 'à lire')).toBe('Tag “à lire” added to 3 articles');
  });

  it('French: zero and one are singular, millions take « de »', () => {
    useCatalogue('fr');
    expect([0, 1, 2, 10_000, 1_000_000].map((n) => plural('libraryCount', n))).toEqual([
      '0 article',
      '1 article',
      '2 articles',
      '10\u202f000 articles',
      '1\u202f000\u202f000 d’articles',
    ]);
    expect(plural('librarySelected', 1)).toBe('1 sélectionné');
  });
});
