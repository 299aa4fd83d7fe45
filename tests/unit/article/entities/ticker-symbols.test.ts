import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a ticker after a stock exchange is no name of its own', () => {
  const text = `Shares of Brandvale Foods (NYSE: BVF) rose on Tuesday, while Orrin Systems (Nasdaq: ORSY) fell. Brandvale Foods said sales grew. Traders on the NYSE floor cheered, and the NYSE said volumes were high.`;

  it('drops the ticker and the bracketed listing, keeps the company and the exchange named elsewhere', () => {
    const es = entitiesOf(text);
    expect(names(es)).not.toContain('BVF');
    expect(names(es)).not.toContain('ORSY');
    expect(find(es, 'Brandvale Foods')).toBeDefined();
    expect(find(es, 'Orrin Systems')).toBeDefined();
    expect(find(es, 'NYSE')?.count).toBe(2);
  });
});
