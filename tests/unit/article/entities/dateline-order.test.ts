import { describe, expect, it } from 'vitest';
import { entitiesOf, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a dateline in the order shown', () => {
  it('does not count as the lead naming the place: the place comes after the wire credited', () => {
    const shown = names(
      entitiesOf(`DENVER (AP) — The Orvale Transit Authority said on Monday that fares would rise in May. Mayor
      Dina Castellane said the Orvale Transit Authority had no choice, and Castellane promised a review.`),
    );
    expect(shown.indexOf('AP')).toBeLessThan(shown.indexOf('DENVER'));
  });
});

describe('a dateline with its dash typed as two hyphens', () => {
  it('is a dateline too', () => {
    const shown = names(
      entitiesOf(`DENVER, Colo. -- The Orvale Transit Authority said on Monday that fares would rise in May. Mayor
      Dina Castellane said the Orvale Transit Authority had no choice, and Castellane promised a review. Riders
      of the Colfax Line complained.`),
    );
    expect(shown.indexOf('Colfax Line')).toBeLessThan(shown.indexOf('DENVER'));
  });
});
