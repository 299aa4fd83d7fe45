import { describe, expect, it } from 'vitest';
import { contentFilter, foldedStemSet, stem, stemSet } from '@/utils/article/related/text';
import { foldWords } from '@/utils/shared/fold';

describe('stem', () => {
  it('drops a plural s or x from words of four letters or more, then keeps six letters', () => {
    expect(stem('chinoises')).toBe('chinoi');
    expect(stem('chinois')).toBe('chinoi');
    expect(stem('journaux')).toBe('journa');
    expect(stem('cats')).toBe('cat');
    expect(stem('bus')).toBe('bus');
    expect(stem('tax')).toBe('tax');
    expect(stem('maison')).toBe('maison');
    expect(stem('houses')).toBe('house');
    expect(stem('s')).toBe('s');
    expect(stem('')).toBe('');
  });
});

describe('contentFilter', () => {
  it('keeps words of two letters or more that are no stopword and no bare number', () => {
    const keep = contentFilter('en');
    expect(['2024', '7', 'the', 'a', 'g7', '3d', '1er', 'ukraine', 'x1'].filter(keep)).toEqual([
      'g7',
      '3d',
      '1er',
      'ukraine',
      'x1',
    ]);
  });
});

describe('foldedStemSet', () => {
  it('gives the stems stemSet gives, from the text folded once by the caller', () => {
    const teaser = 'Les Chinoises ont gagné 3 médailles — the Cats’ journaux, 2024';
    expect(foldedStemSet(foldWords(teaser), 'fr')).toEqual(stemSet(teaser, 'fr'));
    expect([...foldedStemSet(foldWords(teaser), 'fr')]).toContain('chinoi');
    expect(foldedStemSet('', 'en').size).toBe(0);
  });
});
