import { describe, expect, it } from 'vitest';
import { entitiesOf, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('party members counted in a vote', () => {
  it('keeps "Democrats" named in passing out of the first five', () => {
    const text = `The Ohio House passed the Water Rights Act on Tuesday, 52-47, with Democrats voting against it.
Speaker Dana Whitlock said the bill would protect farmers. Representative Omar Keel, who wrote the bill, thanked
Governor Mike DeWine. Democrats called it rushed. The Ohio Senate takes up the Water Rights Act next week, and
Whitlock expects the Ohio Senate to pass it. Keel said farmers in Marion County had waited years.`;
    const es = entitiesOf(text, 'en', 'Ohio House passes Water Rights Act');
    expect(names(es).slice(0, 5)).not.toContain('Democrats');
    expect(names(es)).toContain('Democrats');
  });

  it('lets them lead when the article is about them', () => {
    const text = `Democrats are losing rural voters. Democrats won the cities, but Democrats lost the farms, and
Democrats have not said why. Ada Brill, a pollster, said Democrats must return to small towns.`;
    const es = entitiesOf(text, 'en', 'Why Democrats keep losing the countryside');
    expect(names(es)[0]).toBe('Democrats');
  });
});
