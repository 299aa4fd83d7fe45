import { describe, expect, it } from 'vitest';
import { pageOf } from '@/tests/unit/article/extract/helpers';
import { letterCount, lettersIn } from '@/utils/article/letter-count';

describe('letterCount', () => {
  it('counts the characters of a text other than white space of every kind', () => {
    expect(lettersIn(' a b\n\tc\u00a0d\u2003e\u3000f\ufeff ')).toBe(6);
    expect(lettersIn('\u200b')).toBe(1);
    expect(lettersIn('')).toBe(0);
  });

  it("counts an element's text at any depth, comments left out", () => {
    const doc = pageOf('<div id="a"> Le <b>chat <i>dort</i></b><!-- rien --> ici. </div>');
    expect(letterCount(doc.getElementById('a') as Element)).toBe('Lechatdortici.'.length);
  });
});
