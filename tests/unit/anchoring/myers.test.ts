import search from 'approx-string-match';
import { describe, expect, it } from 'vitest';
import { prefixErrors, suffixErrors } from '@/utils/anchoring/context';
import { searchEnds } from '@/utils/anchoring/myers';

describe('searchEnds (all approximate matches)', () => {
  it('finds exact and approximate occurrences, not only the best', () => {
    const text = 'the quick brown fox; the quick brown box; the slow green cat';
    const hits = searchEnds(text, 'quick brown fox', 2);
    expect(hits.map((h) => [h.end, h.errors])).toEqual([
      [19, 0],
      [40, 1],
    ]);
    // approx-string-match keeps only the best match: the reason searchEnds exists.
    expect(search(text, 'quick brown fox', 2)).toHaveLength(1);
  });

  it('agrees with approx-string-match on the best error count', () => {
    const text = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor';
    for (const p of ['dolr sit amet', 'consectetuer', 'adipiscing elot, sed', 'zzzz']) {
      const best = search(text, p, 4)[0]?.errors;
      const mine = Math.min(...searchEnds(text, p, 4).map((h) => h.errors));
      expect(Number.isFinite(mine) ? mine : undefined).toBe(best);
    }
  });

  it('supports 32-character patterns and searching a sub-range', () => {
    const p = 'abcdefghijklmnopqrstuvwxyz012345';
    const text = `xx${p}yy${p}`;
    expect(searchEnds(text, p, 0).map((h) => h.end)).toEqual([34, 68]);
    expect(searchEnds(text, p, 0, 35).map((h) => h.end)).toEqual([68]);
  });
});

describe('context errors', () => {
  it('aligns the prefix to the end and the suffix to the start', () => {
    const text = 'before the passage QUOTE after the passage';
    const start = text.indexOf('QUOTE');
    expect(prefixErrors(text, start, 'before the passage')).toEqual({ errors: 0, compared: 18 });
    expect(prefixErrors(text, start, 'befor the pasage').errors).toBe(2);
    expect(suffixErrors(text, start + 5, 'after the')).toEqual({ errors: 0, compared: 9 });
    expect(suffixErrors(text, start + 5, 'other').errors).toBeGreaterThan(1);
    expect(prefixErrors(text, 0, 'abc')).toEqual({ errors: 0, compared: 0 });
    expect(suffixErrors(text, text.length, 'x')).toEqual({ errors: 0, compared: 0 });
  });

  it('compares only the context inside the block', () => {
    const text = 'end of the previous paragraph. New paragraph starts QUOTE here';
    const start = text.indexOf('QUOTE');
    const block = text.indexOf('New');
    expect(prefixErrors(text, start, 'XXXXXXXXX paragraph. New paragraph starts', block)).toEqual({
      errors: 0,
      compared: 'New paragraph starts'.length,
    });
    expect(suffixErrors(text, start + 5, 'here and more', start + 10).compared).toBe(4);
  });
});
