import { describe, expect, it } from 'vitest';
import { placeNominative } from '@/utils/article/entities/polish-places';
import { entitiesOf, names } from './helpers';

// Words and texts written for these tests (not taken from any corpus).

describe('Polish: a known place declined is shown as written alone', () => {
  it('gives the nominative of a known place, and leaves other words as written', () => {
    expect(placeNominative('Polsce')).toBe('Polska');
    expect(placeNominative('Rosją')).toBe('Rosja');
    expect(placeNominative('Gdańsku')).toBe('Gdańsk');
    for (const w of ['Roma', 'Polska', 'Peru', 'Kowalski', 'Nowa Zelandia'])
      expect(placeNominative(w)).toBe(w);
  });

  it('gives the nominative of a neuter place from its locative in -u, and no place for an adjective', () => {
    expect(placeNominative('Opolu')).toBe('Opole');
    expect(placeNominative('Polskie')).toBe('Polskie');
  });

  it('merges the forms of one place under its nominative', () => {
    const es = entitiesOf('Rząd w Polsce debatuje. Eksport z Polski rośnie, a Polska inwestuje.', 'pl');
    expect(names(es)).toContain('Polska');
    expect(names(es).some((n) => n === 'Polsce' || n === 'Polski')).toBe(false);
  });
});
