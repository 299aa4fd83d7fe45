import { describe, expect, it } from 'vitest';
import { readerOrder } from '@/utils/article/entities/reader-order';
import { rankedEntity } from './helpers';

describe('a name the title gives', () => {
  // "Children at the fort were born in the Marrland": the text tells of the region only near its end.
  const region = rankedEntity('Marrland', 'other', 6, { titled: true, first: 0.8 });
  const adjective = rankedEntity('Roman', 'other', 5.5, { first: 0.05 });

  it('is met first in the title, however late the text names it', () => {
    expect(readerOrder([adjective, region]).map((e) => e.text)).toEqual(['Marrland', 'Roman']);
  });

  it('unlike a name the title does not give, which the text brings in late', () => {
    expect(readerOrder([adjective, { ...region, titled: false }]).map((e) => e.text)).toEqual([
      'Roman',
      'Marrland',
    ]);
  });
});
