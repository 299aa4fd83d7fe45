import { describe, expect, it } from 'vitest';
import { countAtMost, lowerBound } from '@/utils/shared/sorted';

describe('lowerBound', () => {
  it('finds the first value at or after the key, in numbers and in words', () => {
    expect(lowerBound([2, 5, 5, 9], 5)).toBe(1);
    expect(lowerBound([2, 5, 5, 9], 6)).toBe(3);
    expect(lowerBound([2, 5, 5, 9], 10)).toBe(4);
    expect(lowerBound(['ane', 'lune', 'mer'], 'lu')).toBe(1);
    expect(lowerBound([], 3)).toBe(0);
  });
});

describe('countAtMost', () => {
  it('counts the values at or before the key', () => {
    expect(countAtMost([2, 5, 5, 9], 1)).toBe(0);
    expect(countAtMost([2, 5, 5, 9], 5)).toBe(3);
    expect(countAtMost([2, 5, 5, 9], 9)).toBe(4);
    expect(countAtMost([], 9)).toBe(0);
  });
});

describe('on a typed array (the highlighter’s offset maps)', () => {
  it('searches an Int32Array as a list', () => {
    const starts = Int32Array.from([0, 4, 4, 10]);
    expect(lowerBound(starts, 4)).toBe(1);
    expect(countAtMost(starts, 4)).toBe(3);
    expect(countAtMost(starts, -1)).toBe(0);
  });
});
