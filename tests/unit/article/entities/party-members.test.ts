import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a town and a party after "a"', () => {
  it('leaves the party word out of the town: "a Cartersville Republican"', () => {
    const es =
      entitiesOf(`said Rep. Dale Pruitt, a Marrowville Republican who wrote the bill. Pruitt grew up in
      Marrowville and still lives in Marrowville.`);
    expect(es.some((e) => e.text.includes('Republican'))).toBe(false);
  });
});

describe('the plural of a party’s adjective', () => {
  it('joins the one party the article names with that adjective', () => {
    const es = entitiesOf(
      `The Harbour Liberal Party under Ada Quint held 27 seats. Liberals hold Portree. Ms. Quint, who took over the
Liberals in May, spoke.`,
    );
    expect(find(es, 'Liberals')).toBe(find(es, 'Harbour Liberal Party'));
    expect(find(es, 'Liberals')).toBeDefined();
  });

  it('stays apart where two parties of that adjective are named', () => {
    const es = entitiesOf(
      `The Harbour Liberal Party held 27 seats and the Upland Liberal Party held 9. Liberals hold Portree. The
Liberals met in May.`,
    );
    expect(find(es, 'Liberals')).not.toBe(find(es, 'Harbour Liberal Party'));
  });
});
