import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a people and its plural', () => {
  it('joins "Serb" and "Serbs"', () => {
    const es =
      entitiesOf(`Police replaced Serb officers at the crossing. About 50,000 Serbs live in the north, and
      Serbs protested on Sunday.`);
    expect(find(es, 'Serb')?.variants ?? find(es, 'Serbs')?.variants).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Serbs?$/)]),
    );
  });
});
