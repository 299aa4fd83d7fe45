import { describe, expect, it } from 'vitest';
import { trimDangling } from '@/utils/article/extract/trim-dangling';
import { articleOf } from './helpers';

const P =
  '<p>The mill wheel turned again on Saturday for the first time since the flood, watched by half the village.</p>';

describe('trimDangling', () => {
  it('removes closing headings and labels that introduce nothing', () => {
    const root = articleOf(`${P}<h3>More on this</h3><p><strong>Read also:</strong></p>`);
    trimDangling(root);
    expect(root.innerHTML).toBe(P);
  });

  it('keeps headings followed by text and a last line that ends a sentence', () => {
    const html = `<h2>The flood</h2>${P}<p>Repairs cost: less than feared.</p>`;
    const root = articleOf(html);
    trimDangling(root);
    expect(root.innerHTML).toBe(html);
  });

  it('leaves a one-line article alone', () => {
    const root = articleOf('<h2>Notes</h2>');
    trimDangling(root);
    expect(root.innerHTML).toBe('<h2>Notes</h2>');
  });
});
