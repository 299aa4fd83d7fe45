import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a side named by its city and nickname, then by its nickname', () => {
  it('joins "Ospreys" to "New Orleans Ospreys"', () => {
    const es =
      entitiesOf(`The New Orleans Ospreys beat the San Diego Moles 98-90 on Sunday. The Ospreys led by 12 at half-time,
      and the Ospreys have now won five in a row. Dana Kirk scored 30 for the Moles.`);
    expect(find(es, 'New Orleans Ospreys')?.variants).toContain('Ospreys');
    expect(find(es, 'San Diego Moles')?.variants).toContain('Moles');
  });

  it('leaves a nickname two sides share apart', () => {
    const es =
      entitiesOf(`The New Orleans Ospreys and the San Diego Ospreys met on Sunday. The Ospreys of New Orleans won, and
      both Ospreys sides will meet again.`);
    expect(find(es, 'New Orleans Ospreys')?.variants ?? []).not.toContain('Ospreys');
  });
});

describe('a side of a region named by a direction and a place word, then by its nickname', () => {
  it('joins "Herons" to "North Coast Herons", not a plural after a name that is no home', () => {
    const es =
      entitiesOf(`The North Coast Herons beat the Riverside Moles 2-1 on Saturday. The Herons led at half-time, and
      the Herons have now won four in a row. Jamie Kell scored for the Herons. The Young Democrats met later; the
      Democrats said nothing.`);
    expect(find(es, 'North Coast Herons')?.variants).toContain('Herons');
    expect(find(es, 'North Coast Herons')?.type).toBe('organization');
    expect(find(es, 'Young Democrats')?.variants ?? []).not.toContain('Democrats');
  });
});
