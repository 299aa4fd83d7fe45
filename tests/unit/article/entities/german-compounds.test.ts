import { describe, expect, it } from 'vitest';
import { mergeSeasonCompounds } from '@/utils/article/entities/german-compounds';
import { UnionFind } from '@/utils/article/entities/union-find';

// Keys written for these tests (not taken from any corpus).

describe('German: a season’s edition of an event is the event', () => {
  it('joins "Winterspiele" to "Spiele", declined alike or not, and nothing else', () => {
    const keys = ['olympischen winterspiele', 'olympische spiele', 'deutsche bahn', 'deutsche bundesbahn'];
    const uf = new UnionFind();
    mergeSeasonCompounds(keys, uf);
    expect(uf.find('olympischen winterspiele')).toBe(uf.find('olympische spiele'));
    expect(uf.find('deutsche bundesbahn')).not.toBe(uf.find('deutsche bahn'));
  });
});
