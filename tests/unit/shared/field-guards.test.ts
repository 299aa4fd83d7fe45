import { describe, expect, it } from 'vitest';
import { isObject, isRecord, isString } from '@/utils/shared/validate-fields';

describe('field guards', () => {
  it('isObject takes any object, arrays included; isRecord only a plain object', () => {
    expect([{}, [], null, 'x', 1].map(isObject)).toEqual([true, true, false, false, false]);
    expect([{}, [], null, 'x', 1].map(isRecord)).toEqual([true, false, false, false, false]);
  });

  it('isString takes a string up to its bound', () => {
    expect([isString('abc', 3), isString('abcd', 3), isString(3, 3)]).toEqual([true, false, false]);
  });
});
