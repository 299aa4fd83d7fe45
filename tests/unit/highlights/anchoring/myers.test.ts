import search from 'approx-string-match';
import { describe, expect, it } from 'vitest';
import { prefixErrors, suffixErrors } from '@/utils/highlights/anchoring/context';
import { minErrors, searchEnds } from '@/utils/highlights/anchoring/myers';

/** Edit distance of the best match of `p` ending at each text position (the textbook DP). */
function bestEndScores(text: string, p: string): number[] {
  let col = Array.from({ length: p.length + 1 }, (_, i) => i);
  const out: number[] = [];
  for (const c of text) {
    const next = [0];
    for (let i = 1; i <= p.length; i++) {
      next[i] = Math.min(
        (col[i] as number) + 1,
        (next[i - 1] as number) + 1,
        (col[i - 1] as number) + (p[i - 1] === c ? 0 : 1),
      );
    }
    col = next;
    out.push(col[p.length] as number);
  }
  return out;
}

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

  it('agrees with the textbook edit distance at every end, whatever the characters', () => {
    // A seeded walk over an alphabet mixing Latin-1, French ligatures, dashes and CJK.
    const alphabet = 'abé œ—中\u00a0'.split('');
    let seed = 7;
    const next = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    const draw = (n: number) =>
      Array.from({ length: n }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    for (let trial = 0; trial < 200; trial++) {
      const p = draw(1 + Math.floor(next() * 32));
      const text = draw(Math.floor(next() * 80));
      const k = Math.floor(next() * 6);
      const dp = bestEndScores(text, p);
      // Every reported end is a local minimum the DP agrees with, and no run of ends ≤ k is missed.
      const hits = searchEnds(text, p, k);
      for (const h of hits) expect(dp[h.end - 1]).toBe(h.errors);
      const runs = dp.filter((s, i) => s <= k && !((dp[i - 1] ?? k + 1) <= k)).length;
      expect(hits).toHaveLength(runs);
      expect(minErrors(text, p, 0, text.length)).toBe(Math.min(p.length, ...dp));
    }
  });

  it('stays correct across searches and over texts longer than its buffers', () => {
    const p = 'cœur — 中文';
    const long = `${'x'.repeat(40_000)}${p}${'y'.repeat(40_000)}`;
    expect(searchEnds(long, p, 0)).toEqual([{ end: 40_000 + p.length, errors: 0 }]);
    // The previous pattern's characters must not match in the next search.
    expect(searchEnds('cœur', 'abcd', 0)).toEqual([]);
    expect(minErrors('abc', 'abc', 2, 1)).toBe(3);
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
