import { describe, expect, it } from 'vitest';
import { firstInBody, firstOffset } from '@/utils/article/entities/first-offset';
import type { Mention } from '@/utils/article/entities/mention';

const at = (offset: number, headline = false) => ({ offset, headline }) as Mention;

describe('firstOffset / firstInBody', () => {
  it('give where a name is first written, the text before headline matches', () => {
    const ms = [at(40), at(3, true), at(12)];
    expect(firstOffset(ms)).toBe(3);
    expect(firstInBody(ms)).toBe(12);
    expect(firstOffset(undefined)).toBe(Number.POSITIVE_INFINITY);
    expect(firstInBody([at(0, true)])).toBe(Number.POSITIVE_INFINITY);
  });

  it('take a name written hundreds of thousands of times (a long page)', () => {
    const ms = Array.from({ length: 300_000 }, (_, i) => at(300_000 - i));
    expect(firstOffset(ms)).toBe(1);
  });
});
