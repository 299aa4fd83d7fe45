import { describe, expect, it } from 'vitest';
import { closedByGermanBodyHead } from '@/utils/article/entities/german-bodies';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a German body named after a person, joined by hyphens', () => {
  it('is closed by a body’s head noun, in the genitive too', () => {
    for (const s of [
      'Anna-Voss-Institut',
      'Karl-Brenner-Stiftung',
      'Otto-Lind-Instituts',
      'Ida-Rau-Gesellschaft',
    ])
      expect(closedByGermanBodyHead(s)).toBe(true);
    for (const s of ['Anna-Lena', 'Hans-Peter Voss', 'Gibson-Park', 'Karl-Brenner-straße'])
      expect(closedByGermanBodyHead(s)).toBe(false);
  });

  it('is a body, not the person it is named after', () => {
    const text = `Kritiker bemängeln die Passivität des Otto-Lind-Instituts (OLI), das keine Tests empfahl. Das OLI
      berechnet die Zahlen neu. Laut OLI sind die Fälle gestiegen, und das OLI widerspricht.`;
    expect(find(entitiesOf(text, 'de'), 'OLI')?.type).not.toBe('person');
  });
});
