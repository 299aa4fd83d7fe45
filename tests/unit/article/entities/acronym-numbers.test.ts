import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('an acronym and its short number', () => {
  it('are one name written once, typed no product', () => {
    const es = entitiesOf(
      `Le titre de Morvella a gagné 5 % jeudi, la plus forte hausse du SBF 120. Le CAC 40 a fini en légère baisse
à Paris, selon Jean Mercier, analyste chez Vantis.`,
      'fr',
    );
    expect(names(es)).toContain('SBF 120');
    expect(names(es)).toContain('CAC 40');
    expect(names(es)).not.toContain('CAC');
    expect(find(es, 'CAC 40')?.type).not.toBe('product');
  });

  it('leaves a currency and its sum, a year and a long number apart', () => {
    const es = entitiesOf(
      `The ticket costs CHF 80 in Geneva, said Anna Keller of the OECD. The OECD 2024 report was read by Anna
Keller at the OECD in Paris.`,
      'en',
    );
    expect(names(es)).not.toContain('CHF 80');
    expect(names(es)).not.toContain('OECD 2024');
  });
});
