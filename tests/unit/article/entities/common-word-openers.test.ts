import { describe, expect, it } from 'vitest';
import { opensWithCommonWord } from '@/utils/article/entities/common-word-openers';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a two-word name opened by an ordinary word', () => {
  it('joins the surname alone to the one real full name', () => {
    const es =
      entitiesOf(`The League to Picket Halvorsen's Ranch was formed by students. Edwin Halvorsen had sold the
      land a year before. Critics said Halvorsen was paid too much, and the picketers stayed a week. The sale made
      Halvorsen rich, and Halvorsen left the valley.`);
    expect(find(es, 'Edwin Halvorsen')?.variants).toContain('Halvorsen');
  });

  it('reads the word written in lower case, alone or with an ending', () => {
    const lower = new Map([['picketers', 1]]);
    expect(opensWithCommonWord('picket halvorsen', lower)).toBe(true);
    expect(opensWithCommonWord('edwin halvorsen', lower)).toBe(false);
  });

  it('keeps a known given name written in lower case too', () => {
    expect(opensWithCommonWord('mark halvorsen', new Map([['marked', 2]]))).toBe(false);
  });
});
