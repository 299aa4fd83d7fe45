import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a place named in full, then by the word before its kind', () => {
  it('joins "Tarven" to "Tarven Island"', () => {
    const es =
      entitiesOf(`The ferry to Tarven Island runs every hour. Life on Tarven is quiet, and Tarven has one
      shop. Dana Marsh moved there in 2010.`);
    expect(find(es, 'Tarven Island')?.variants).toContain('Tarven');
  });

  it('leaves a known place and a surname apart', () => {
    const es = entitiesOf(`Washington County voted on Monday. Washington sent money. Pierce County agreed, and
      Ada Pierce said Pierce would run again.`);
    expect(find(es, 'Washington County')?.variants ?? []).not.toContain('Washington');
    expect(find(es, 'Pierce County')?.variants ?? []).not.toContain('Pierce');
  });
});
