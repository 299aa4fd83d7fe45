import { describe, expect, it } from 'vitest';
import { isObject, isRecord } from '@/utils/shared/validate-fields';

describe('object guards', () => {
  it('isObject takes any object, arrays included; isRecord only a plain object', () => {
    expect([{}, [], null, 'x', 1].map(isObject)).toEqual([true, true, false, false, false]);
    expect([{}, [], null, 'x', 1].map(isRecord)).toEqual([true, false, false, false, false]);
  });
});
