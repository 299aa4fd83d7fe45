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
