import { describe, expect, it } from 'vitest';
import { isReadAlsoLabel } from '@/utils/article/extract/read-also-label';
import { trimDangling } from '@/utils/article/extract/trim-dangling';
import { articleOf } from './helpers';

const P = '<p>The ferry ran again on Monday after a week of storms, to the relief of the islanders.</p>';

describe('isReadAlsoLabel', () => {
  it('reads a label in many languages and scripts, its punctuation aside', () => {
    for (const label of [
      'Lesen Sie auch:',
      '» Mehr zum Thema',
      'Zobacz także',
      'Baca juga',
      '関連記事',
      'اقرأ أيضاً',
    ])
      expect(isReadAlsoLabel(label, false), label).toBe(true);
  });

  it('takes a one-word cue only at the end, and never a line that says more', () => {
    expect(isReadAlsoLabel('Empfehlungen', false)).toBe(false);
    expect(isReadAlsoLabel('Empfehlungen', true)).toBe(true);
    expect(isReadAlsoLabel('Mehr zum Thema Fährverkehr lesen Sie in unserem Dossier', true)).toBe(false);
    expect(isReadAlsoLabel('Read more about the storms', true)).toBe(false);
  });
});

describe('trimDangling with read-also labels', () => {
  it('removes a bare label amid the text and at its end, whatever its markup', () => {
    const root = articleOf(`${P}<div>Zobacz także</div>${P}<div><span>Related</span></div>`);
    trimDangling(root);
    expect(root.innerHTML).toBe(`${P}${P}`);
  });

  it('keeps a one-word subheading amid the text and a sentence that starts with a cue', () => {
    const html = `<h2>Empfehlungen</h2>${P}<p>Read more: the port authority publishes its timetable online.</p>`;
    const root = articleOf(html);
    trimDangling(root);
    expect(root.innerHTML).toBe(html);
  });
});
