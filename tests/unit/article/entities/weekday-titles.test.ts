import { describe, expect, it } from 'vitest';
import { entitiesOf, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('a paper named for its weekday edition', () => {
  it('keeps "on Sunday" in the title where "The" or an owner\'s "\'s" shows it', () => {
    const es =
      entitiesOf(`A Ledger on Sunday poll found most readers agree. The call follows The Ledger on Sunday's
campaign for cleaner rivers, backed by Anna Kowal. Readers can sign the Ledger on Sunday petition online.`);
    expect(names(es)).toContain('Ledger on Sunday');
    expect(names(es)).not.toContain('Ledger');
  });

  it('cuts the day after a name that only dates what was said', () => {
    const es = entitiesOf(`Anna Kowal on Sunday said the river was clean. Brightwater on Sunday opened a new
school, and Kowal on Monday visited it.`);
    expect(names(es)).toContain('Anna Kowal');
    const vote = entitiesOf(`WASHINGTON — The Senate on Thursday passed the Harbour Bill after Senate Majority
Leader Tom Avery struck a deal with the House.`);
    expect(names(vote).filter((n) => n.includes('Thursday'))).toEqual([]);
    expect(names(es).filter((n) => n.includes('Sunday'))).toEqual([]);
  });
});
