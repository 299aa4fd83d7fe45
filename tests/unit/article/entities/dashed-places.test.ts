import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a place named with a hyphenated qualifier, then by its own name', () => {
  it('joins "Vessara" to "Upo-Vessara"', () => {
    const es = entitiesOf(`The two states fought over Upo-Vessara for decades. Troops stayed in Vessara until
      2024, said Dana Pruitt, and Vessara voted last year.`);
    expect(find(es, 'Upo-Vessara')?.variants).toContain('Vessara');
    // "Vessara" after it is no surname reused: the name is no person's.
    expect(find(es, 'Upo-Vessara')?.type).not.toBe('person');
  });

  it('keeps apart a pair of two names, and a name not written as a place', () => {
    const es =
      entitiesOf(`The empire of Austria-Hungary fell in 1918. Austria and Hungary split, and people in
      Hungary voted. Kestrel-Marrow shares rose, said Dana Pruitt, and Marrow said sales grew.`);
    expect(find(es, 'Austria-Hungary')?.variants ?? []).not.toContain('Hungary');
    expect(find(es, 'Kestrel-Marrow')?.variants ?? []).not.toContain('Marrow');
    const people = entitiesOf(`Many African-Americans moved north, said Dana Pruitt. Life in Americans, the
      town, is quiet.`);
    expect(find(people, 'African-Americans')?.variants ?? []).not.toContain('Americans');
  });
});
