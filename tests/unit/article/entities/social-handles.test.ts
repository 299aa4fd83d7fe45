import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a social media handle', () => {
  it('is no name when only ever written after "@"', () => {
    const es =
      entitiesOf(`Follow our reporter @JaneKettleNews for updates. Mayor Tom Brindle said the road would
      reopen.`);
    expect(es.some((e) => e.text.includes('JaneKettle'))).toBe(false);
    expect(find(es, 'Tom Brindle')).toBeDefined();
  });
});
