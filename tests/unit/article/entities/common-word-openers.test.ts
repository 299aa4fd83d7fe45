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

  it('joins no town that opens names itself to the one name an ordinary word opens (« First Tredby »)', () => {
    const es =
      entitiesOf(`A fire broke out at a mill in Marlow Vale, Tredby, on Monday. Trains through Tredby station
      ran, but First Tredby buses were diverted. The first crew arrived at noon, said Wenna Polglase. Tredby City
      Council opened a rest centre.`);
    expect(find(es, 'Tredby')).toBeDefined();
    expect(find(es, 'First Tredby')?.variants ?? []).not.toContain('Tredby');
  });

  it('still joins a surname that opens no name to the one full name it ends', () => {
    const es =
      entitiesOf(`The land was sold by Ward Halvorsen. The ward was small, and Halvorsen left the valley a
      year later, said Wenna Polglase.`);
    expect(find(es, 'Ward Halvorsen')?.variants).toContain('Halvorsen');
  });
});
