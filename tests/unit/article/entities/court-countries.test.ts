import { describe, expect, it } from 'vitest';
import { extractEntities } from '@/utils/article/entities';
import { find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('a country’s letters opening a court’s style', () => {
  it('leaves out "U.S." in a judge’s and a court’s style', () => {
    const text = `U.S. District Judge Hollis Marrow blocked the Ohio law on Monday. Marrow said the law was vague.

The state will appeal to the 6th U.S. Circuit Court of Appeals, said Dana Pruitt.`;
    const es = extractEntities(text, { lang: 'en' });
    expect(find(es, 'U.S.')).toBeUndefined();
    expect(names(es)).toContain('Hollis Marrow');
  });

  it('keeps the country named on its own', () => {
    const text = `U.S. District Judge Hollis Marrow blocked the Ohio law. Trade between the U.S. and Canada slowed, said Dana Pruitt.`;
    expect(find(extractEntities(text, { lang: 'en' }), 'U.S.')).toBeDefined();
  });
});
