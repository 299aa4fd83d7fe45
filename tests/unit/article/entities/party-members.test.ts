import { describe, expect, it } from 'vitest';
import { entitiesOf } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a town and a party after "a"', () => {
  it('leaves the party word out of the town: "a Cartersville Republican"', () => {
    const es =
      entitiesOf(`said Rep. Dale Pruitt, a Marrowville Republican who wrote the bill. Pruitt grew up in
      Marrowville and still lives in Marrowville.`);
    expect(es.some((e) => e.text.includes('Republican'))).toBe(false);
  });
});
