import { describe, expect, it } from 'vitest';
import { isMenuLine } from '@/utils/article/extract/menu-line';
import { trimDangling } from '@/utils/article/extract/trim-dangling';
import { articleOf } from './helpers';

const P =
  '<p>The mill wheel turned again on Saturday for the first time since the flood, watched by half the village.</p>';

describe('isMenuLine', () => {
  it('tells a line of menu links set apart by bars', () => {
    const root = articleOf(
      '<p><a href="/imprint">IMPRINT</a> | <a href="/privacy">PRIVACY</a> | © MILL PRESS</p>',
    );
    expect(isMenuLine(root.firstElementChild as Element)).toBe(true);
  });

  it('rejects a sentence with a bar, and a line with one link', () => {
    for (const html of [
      '<p>Prices rose | <a href="/a">see the table</a> | <a href="/b">and the chart</a> | all of them went up in May.</p>',
      '<p><a href="/imprint">Imprint</a> | Privacy | Terms</p>',
    ]) {
      expect(isMenuLine(articleOf(html).firstElementChild as Element)).toBe(false);
    }
  });

  it('lets trimDangling remove a closing menu line and the heading it hid', () => {
    const root = articleOf(
      `${P}<h3>More from us</h3><p><a href="/imprint">Imprint</a> · <a href="/privacy">Privacy</a> · Contact</p>`,
    );
    trimDangling(root);
    expect(root.innerHTML).toBe(P);
  });
});
