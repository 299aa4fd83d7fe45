import { describe, expect, it } from 'vitest';
import { textBlocks } from '@/utils/article/extract/text-blocks';
import { pageOf } from './helpers';

describe('textBlocks', () => {
  it('lists the innermost blocks holding text and the inline lines among blocks, in order', () => {
    const doc = pageOf(
      '<article><div><p>First line</p><p> \n </p><time>Today</time><p><b>Bold</b> text</p></div><div>  </div></article>',
    );
    const lines = textBlocks(doc.querySelector('article') as Element).map((el) => el.textContent);
    expect(lines).toEqual(['First line', 'Today', 'Bold text']);
  });
});
