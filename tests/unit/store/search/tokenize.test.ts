import { describe, expect, it } from 'vitest';
import { fold } from '@/utils/shared/fold';
import { buildSearchRow } from '@/utils/store/search/index-terms';
import { rowFrequency } from '@/utils/store/search/match-terms';
import { parseQuery } from '@/utils/store/search/parse-query';
import { scoreCandidate } from '@/utils/store/search/rank';
import { countTokens, tokenize } from '@/utils/store/search/tokenize';

describe('fold and tokenize', () => {
  it('folds accents, case and ligatures', () => {
    expect(fold('États-Unis Œuvre Straße')).toBe('etats-unis oeuvre strasse');
    expect(tokenize("L'État-major — Storm-0558, 2023!")).toEqual([
      'l',
      'etat',
      'major',
      'storm',
      '0558',
      '2023',
    ]);
  });

  it('counts indexable tokens only', () => {
    expect([...countTokens('Le chat et le chat, a b')]).toEqual([['chat', 2]]);
  });
});

describe('parseQuery', () => {
  it('makes the last term a prefix only while typing', () => {
    expect(parseQuery('etats-uni')).toEqual([
      { token: 'etats', prefix: false },
      { token: 'uni', prefix: true },
    ]);
    expect(parseQuery('etats-unis ')).toEqual([
      { token: 'etats', prefix: false },
      { token: 'unis', prefix: false },
    ]);
    expect(parseQuery('le m')).toEqual([]);
    expect(parseQuery('le')).toEqual([{ token: 'le', prefix: true }]);
  });
});

describe('search rows and ranking', () => {
  const row = buildSearchRow({
    id: 'x',
    title: 'Orchidées',
    text: 'orchid orchids orchid rose',
    tags: ['Jardin'],
    notes: ['Arroser'],
  });

  it('indexes plain, title and tag tokens and counts text terms', () => {
    expect(row.words).toEqual(
      expect.arrayContaining([
        'orchid',
        'orchids',
        'rose',
        'orchidees',
        'jardin',
        'arroser',
        '~orchidees',
        '#jardin',
      ]),
    );
    expect(row.words).toEqual([...row.words].sort());
    expect(rowFrequency(row, { token: 'orchid', prefix: false })).toBe(2);
    expect(rowFrequency(row, { token: 'orch', prefix: true })).toBe(4);
    expect(rowFrequency(row, { token: 'orch', prefix: true }, '~')).toBe(1);
    expect(rowFrequency(row, { token: 'zzz', prefix: true })).toBe(0);
  });

  it('never lets body text outrank a tag or title hit', () => {
    const text = scoreCandidate([{ inTitle: false, inTags: false, frequency: 10_000 }]);
    const tag = scoreCandidate([{ inTitle: false, inTags: true, frequency: 0 }]);
    const title = scoreCandidate([{ inTitle: true, inTags: false, frequency: 0 }]);
    expect(text).toBeLessThan(tag);
    expect(tag).toBeLessThan(title);
  });
});
