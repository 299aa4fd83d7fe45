import { describe, expect, it } from 'vitest';
import { opensKnownName } from '@/utils/article/entities/gazetteer';
import { entitiesOf, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('a known name ending in lower-case words', () => {
  it('keeps up to two lower-case words of a name the gazetteer knows ("Corte dei conti")', () => {
    const es = entitiesOf(
      `La Corte dei conti ha respinto il decreto. Secondo la Corte dei conti mancano le coperture, ha detto
Giulio Ferrante, e il Consiglio dei ministri dovrà decidere.`,
      'it',
    );
    for (const name of ['Corte dei conti', 'Consiglio dei ministri']) expect(names(es)).toContain(name);
    expect(names(es)).not.toContain('Corte');
  });

  it('still takes one lower-case word ("La France insoumise") and leaves unknown tails out', () => {
    const fr = entitiesOf(
      `La France insoumise a voté contre. Selon La France insoumise, le texte est injuste, dit Léa Martin.`,
      'fr',
    );
    expect(names(fr).some((n) => /France insoumise/.test(n))).toBe(true);
    const it_ = entitiesOf(
      'La Corte dei miracoli apre a Bari. La Corte dei miracoli ospita Giulio Ferrante.',
      'it',
    );
    expect(names(it_)).not.toContain('Corte dei miracoli');
  });

  it('knows which words open a known name of several words, and no others', () => {
    expect(opensKnownName('corte')).toBe(true);
    expect(opensKnownName('corte dei')).toBe(true);
    expect(opensKnownName('corte dei conti')).toBe(false);
    expect(opensKnownName('corte dei miracoli')).toBe(false);
  });
});
