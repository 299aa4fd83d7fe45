import { describe, expect, it } from 'vitest';
import { greatest, least } from '@/utils/shared/extremes';

describe('least / greatest', () => {
  it('give what Math.min / Math.max give', () => {
    for (const values of [[3, 1, 2], [], [5], [-0, 0], [1, Number.NaN, 0]]) {
      expect(least(values)).toBe(Math.min(...values));
      expect(greatest(values)).toBe(Math.max(...values));
    }
    expect(least(new Set([4, 2, 9]).keys())).toBe(2);
  });

  it('take more values than a call can pass as arguments (a long page)', () => {
    const many = Array.from({ length: 500_000 }, (_, i) => (i * 7919) % 500_000);
    expect(() => Math.min(...many)).toThrow(RangeError);
    expect(least(many)).toBe(0);
    expect(greatest(many)).toBe(499_999);
  });
});
