import { describe, expect, it } from 'vitest';
import { entitiesOf, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a place named only in a dateline', () => {
  it('is not listed: the report was filed from there, it is not about it', () => {
    const shown = names(
      entitiesOf(`DENVER (AP) — The Orvale Transit Authority said on Monday that fares would rise in May. Mayor
      Dina Castellane said the Orvale Transit Authority had no choice, and Castellane promised a review.`),
    );
    expect(shown).toContain('AP');
    expect(shown).not.toContain('DENVER');
  });
});

describe('a dateline with its dash typed as two hyphens', () => {
  it('is a dateline too', () => {
    const shown = names(
      entitiesOf(`DENVER, Colo. -- The Orvale Transit Authority said on Monday that fares would rise in May. Mayor
      Dina Castellane said the Orvale Transit Authority had no choice, and Castellane promised a review.`),
    );
    expect(shown).not.toContain('DENVER');
  });

  it('is listed when the story names the place too', () => {
    const shown = names(
      entitiesOf(`DENVER, Colo. -- The Orvale Transit Authority said on Monday that fares would rise in May. Mayor
      Dina Castellane said the Orvale Transit Authority had no choice, and Castellane promised a review. Riders
      of the Colfax Line complained in Denver.`),
    );
    expect(shown.some((s) => s.toLowerCase() === 'denver')).toBe(true);
  });
});

describe('a capital speaking for its country, after a place named only in a dateline', () => {
  it('gives its place to that country, not to the name after it', () => {
    const shown = names(
      entitiesOf(`BRUSSELS (AP) — Washington warned on Monday that the tariffs would hurt Lorvane Steel. Washington
      said the United States would answer. The Lorvane Steel board met in Ghent, and Washington repeated its
      warning. Karel Dums of Lorvane Steel said the United States was wrong.`),
    );
    expect(shown.indexOf('United States')).toBeLessThan(shown.indexOf('Washington'));
    // The dropped dateline shifted the list by one: the city named next took the country's place. (Beside its
    // country in the first five, the capital then follows them.)
    expect(shown.indexOf('Ghent')).toBeGreaterThan(shown.indexOf('United States'));
  });
});
