import { describe, expect, it } from 'vitest';
import { isSpace, moreWordsThan } from '@/utils/article/extract/word-limit';
import { charClass } from '@/utils/shared/char-class';

const SPACED = isSpace;
const BARRED = charClass(/^[\s|]$/);

describe('moreWordsThan', () => {
  it('counts the runs between separators that hold a letter or a digit', () => {
    expect(moreWordsThan('one two three', 2, SPACED)).toBe(true);
    expect(moreWordsThan('one two three', 3, SPACED)).toBe(false);
    // Dashes and bullets alone are no words.
    expect(moreWordsThan('one – two • 3', 2, SPACED)).toBe(true);
    expect(moreWordsThan('one – two •', 2, SPACED)).toBe(false);
    expect(moreWordsThan('', 0, SPACED)).toBe(false);
  });

  it('splits on the separators of the pattern given', () => {
    expect(moreWordsThan('Photo|Jo Bloggs', 2, SPACED)).toBe(false);
    expect(moreWordsThan('Photo|Jo Bloggs', 2, BARRED)).toBe(true);
  });

  it('gives the same answer when asked again with the same pattern', () => {
    expect(moreWordsThan('a b c d', 3, SPACED)).toBe(true);
    expect(moreWordsThan('a b', 3, SPACED)).toBe(false);
  });

  it('reads letters outside the BMP, and surrogates alone as no letters', () => {
    expect(moreWordsThan('𝐀 𝐁', 1, SPACED)).toBe(true);
    expect(moreWordsThan('\ud835 \udc00 a', 1, SPACED)).toBe(false);
    expect(moreWordsThan('a\u00a0b\u3000c', 2, SPACED)).toBe(true);
  });

  it('stops at the limit', () => {
    const long = `${'word '.repeat(1000)}`;
    expect(moreWordsThan(long, 45, SPACED)).toBe(true);
    expect(moreWordsThan(long, 1000, SPACED)).toBe(false);
  });
});
