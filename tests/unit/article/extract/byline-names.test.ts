import { describe, expect, it } from 'vitest';
import { bylineNames } from '@/utils/article/extract/byline-names';

describe('bylineNames', () => {
  it('splits a byline into names without the "By"', () => {
    expect(bylineNames('By Jo Bloggs and Sam Doe, Reuters')).toEqual(['Jo Bloggs', 'Sam Doe', 'Reuters']);
    expect(bylineNames(null)).toEqual([]);
  });

  it('splits at the "and" of other languages and drops each name\'s "Par" or "Von"', () => {
    expect(bylineNames('Par Léa Roux et Paul Vidal')).toEqual(['Léa Roux', 'Paul Vidal']);
    expect(bylineNames('Von Lars Fischer und Alina Schadwinkel')).toEqual([
      'Lars Fischer',
      'Alina Schadwinkel',
    ]);
    expect(bylineNames('Ana Ruiz y Pablo Gómez | El País')).toEqual(['Ana Ruiz', 'Pablo Gómez', 'El País']);
    expect(bylineNames('Jo Bloggs / AFP')).toEqual(['Jo Bloggs', 'AFP']);
  });

  it('keeps a name whole that holds the letters of "and" or "et"', () => {
    expect(bylineNames('Sandra Etienne')).toEqual(['Sandra Etienne']);
  });
});
