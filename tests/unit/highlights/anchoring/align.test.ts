import search from 'approx-string-match';
import { describe, expect, it } from 'vitest';
import { alignIn, patternOf } from '@/utils/highlights/anchoring/align';

function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (Math.imul(a, 1664525) + 1013904223) >>> 0;
    return a / 2 ** 32;
  };
}

const prose =
  'Investigators said the signing key had been stolen from a crash dump that should never have contained it; « Storm-0558 » used it to forge tokens for the mail of many agencies, l’équipe a réagi. ';

describe('alignIn', () => {
  it('agrees with approx-string-match on random quotes, edits and windows (1 to 10 blocks)', () => {
    const r = rng(11);
    const text = prose.repeat(4);
    for (let t = 0; t < 300; t++) {
      const s = Math.floor(r() * (text.length - 330));
      const quote = [...text.slice(s, s + 5 + Math.floor(r() * 315))]
        .map((c) => (r() < 0.1 ? 'xé€'[Math.floor(r() * 3)] : c))
        .join('');
      const k = Math.floor(quote.length / 4);
      const a = Math.max(0, s - k - Math.floor(r() * 20));
      const b = Math.min(text.length, s + quote.length + k + Math.floor(r() * 20));
      const expected = search(text.slice(a, b), quote, k).map((m) => ({
        ...m,
        start: m.start + a,
        end: m.end + a,
      }));
      expect(alignIn(text, patternOf(quote), a, b, k)).toEqual(expected);
    }
  });

  it('finds nothing above k errors, and handles a window shorter than the quote', () => {
    const text = 'the quick brown fox jumps over the lazy dog';
    const pat = patternOf('quick brown fox');
    expect(alignIn(text, pat, 0, text.length, 2)).toEqual([{ start: 4, end: 19, errors: 0 }]);
    expect(alignIn(text, patternOf('slow green cat'), 0, text.length, 2)).toEqual([]);
    expect(alignIn(text, pat, 4, 16, 3)).toEqual([{ start: 4, end: 16, errors: 3 }]);
  });
});
