import search from 'approx-string-match';
import { describe, expect, it } from 'vitest';
import { minErrors } from '@/utils/highlights/anchoring/myers';
import { errorsBound, knownCandidates, verifyClusters } from '@/utils/highlights/anchoring/verify';

function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (Math.imul(a, 1664525) + 1013904223) >>> 0;
    return a / 2 ** 32;
  };
}

const finish = <T>(g: Generator<void, T>): T => {
  for (;;) {
    const r = g.next();
    if (r.done) return r.value;
  }
};

const prose =
  'Investigators said the signing key had been stolen from a crash dump that should never have contained it, and that the group used it to forge tokens for the mail of many agencies. ';

describe('minErrors', () => {
  it('is the best error count of the pattern anywhere inside the range', () => {
    const text = 'xx the quick brown fox yy the quick brown box';
    expect(minErrors(text, 'quick brown fox', 0, text.length)).toBe(0);
    expect(minErrors(text, 'quick brown fox', 22, text.length)).toBe(1);
    // A match must lie inside the range: cut it short and errors appear.
    expect(minErrors(text, 'quick brown fox', 0, 20)).toBe(2);
  });
});

describe('errorsBound', () => {
  it('never exceeds the true errors of the best alignment near the place', () => {
    const r = rng(3);
    const text = prose.repeat(6);
    for (let t = 0; t < 200; t++) {
      const s = Math.floor(r() * (text.length - 300));
      const quote = [...text.slice(s, s + 20 + Math.floor(r() * 260))]
        .map((c) => (r() < 0.08 ? 'q' : c))
        .join('');
      const k = Math.floor(quote.length / 4);
      const a = Math.max(0, s - k - 4);
      const [best] = search(text.slice(a, s + quote.length + k + 4), quote, k);
      if (best) expect(errorsBound(text, quote, s, s, k)).toBeLessThanOrEqual(best.errors);
    }
  });

  it('rejects a place where the quote is not', () => {
    const text = `${prose}${'lorem ipsum dolor sit amet '.repeat(20)}`;
    const quote = prose.slice(20, 140);
    expect(errorsBound(text, quote, 250, 250, 30)).toBeGreaterThan(30);
    expect(errorsBound(text, quote, 20, 20, 30)).toBe(0);
  });
});

describe('verifyClusters', () => {
  it('aligns the whole quote at each cluster, keeps matches inside the range, and remembers them', () => {
    const text = `${prose}${prose.replace('stolen', 'taken')}`;
    const quote = prose.slice(0, 120);
    const second = prose.length;
    const clusters = [
      { lo: 0, hi: 0, votes: 5 },
      { lo: second, hi: second + 2, votes: 4 },
      { lo: 60, hi: 60, votes: 1 },
    ];
    const found = finish(verifyClusters(text, quote, 30, clusters, [0, text.length]));
    expect(found.map((c) => [c.start, c.quoteErrors])).toEqual([
      [0, 0],
      [second, 3],
    ]);
    expect(finish(verifyClusters(text, quote, 30, clusters, [100, text.length])).map((c) => c.start)).toEqual(
      [second],
    );
    expect(knownCandidates(text, quote, 30, [0, text.length])).toHaveLength(2);
    expect(knownCandidates(text, 'another quote entirely', 5, [0, text.length])).toEqual([]);
  });
});
