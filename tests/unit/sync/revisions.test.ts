/** CouchDB revision ids, paths and the winning-revision rule. */
import { describe, expect, it } from 'vitest';
import { byWinner, childRev, isRev, parseRev, pathOf, revisionsOf } from '@/utils/sync/protocol';

describe('revisions', () => {
  it('parses and builds revision ids and paths', () => {
    expect(parseRev('12-abc')).toEqual({ gen: 12, hash: 'abc' });
    expect(() => parseRev('abc')).toThrow();
    expect(childRev(null, 'aa')).toBe('1-aa');
    expect(childRev('4-bb', 'cc')).toBe('5-cc');
    expect(pathOf({ start: 3, ids: ['c', 'b', 'a'] })).toEqual(['3-c', '2-b', '1-a']);
    expect(revisionsOf(['3-c', '2-b', '1-a'])).toEqual({ start: 3, ids: ['c', 'b', 'a'] });
    expect(isRev('3-0123abcd')).toBe(true);
    expect(isRev('3-<script>')).toBe(false);
  });

  it('picks CouchDB’s winner: live first, then the longest branch, then the greater hash', () => {
    const leaves = [
      { rev: '3-aaa', deleted: true },
      { rev: '2-zzz', deleted: false },
      { rev: '2-bbb', deleted: false },
    ];
    expect([...leaves].sort(byWinner).map((l) => l.rev)).toEqual(['2-zzz', '2-bbb', '3-aaa']);
    expect(
      [
        { rev: '2-a', deleted: false },
        { rev: '3-a', deleted: false },
      ].sort(byWinner)[0]?.rev,
    ).toBe('3-a');
  });
});
