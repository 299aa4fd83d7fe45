import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('names only: a known given name opening a sentence, its surname then used alone', () => {
  it('lists the person, even when the given name is also a place’s', () => {
    const es = entitiesOf(
      'Lena Morauer hat das Rennen gewonnen. Für Morauer war es der erste Sieg. Alle hatten mit Morauer gerechnet.',
      'de',
    );
    expect(find(es, 'Lena Morauer')?.type).toBe('person');
  });

  it('lists no pair whose surname is never used alone', () => {
    const es = entitiesOf('Lena Morauer hat das Rennen gewonnen. Danach fuhr sie nach Hause.', 'de');
    expect(names(es)).not.toContain('Lena Morauer');
  });
});

describe('soft hyphens', () => {
  it('are no part of a name', () => {
    const es = entitiesOf(
      'Die Forscherin Anna Kiess\u00adlinger lobte die Arbeit. „Wir sind zufrieden“, sagte Kiess\u00adlinger.',
      'de',
    );
    expect(names(es)).toContain('Anna Kiesslinger');
  });
});
