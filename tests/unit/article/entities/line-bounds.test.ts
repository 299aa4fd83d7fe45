import { describe, expect, it } from 'vitest';
import { lineBounds } from '@/utils/article/entities/line-bounds';

describe('lineBounds', () => {
  it("finds each offset's line as lastIndexOf and indexOf would", () => {
    for (const text of ['', 'one line', '\nA\n\nB c\n', 'first\nsecond line\nthird', '\n\n']) {
      for (let offset = 0; offset <= text.length; offset++) {
        const end = text.indexOf('\n', offset);
        expect(lineBounds(text, offset), `${JSON.stringify(text)} at ${offset}`).toEqual({
          start: text.lastIndexOf('\n', offset) + 1,
          end: end < 0 ? text.length : end,
        });
      }
    }
  });

  it('answers for another text than the one asked before', () => {
    expect(lineBounds('a\nb', 2)).toEqual({ start: 2, end: 3 });
    expect(lineBounds('abc', 2)).toEqual({ start: 0, end: 3 });
  });
});
