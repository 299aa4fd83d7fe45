import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe("a planet's letter after its star's catalogue number", () => {
  it('keeps the letter with the number', () => {
    const es = entitiesOf(
      `Astronomers found that TOI-2290 b orbits a red dwarf. TOI-2290 b is a super-Earth, the team said.`,
    );
    expect(find(es, 'TOI-2290 b')).toBeDefined();
    expect(names(es)).not.toContain('TOI-2290');
  });

  it('leaves a letter after other numbers alone', () => {
    const es = entitiesOf(
      `Tarvik Motors sold the Tarvik 300 b and c grades. Tarvik Motors said the Tarvik 300 sold well.`,
    );
    expect(names(es)).not.toContain('Tarvik 300 b');
  });
});
