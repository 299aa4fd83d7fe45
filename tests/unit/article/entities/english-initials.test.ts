import { describe, expect, it } from 'vitest';
import { entitiesOf, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('an English name opened by the initial "D."', () => {
  it('keeps "D. Owen Marsh" whole and lists no title before it', () => {
    const shown = names(
      entitiesOf(`Several judges sounded doubtful on Monday. Judge Lena Prior asked Solicitor General D. Owen Marsh how
      the rule could stand. Judge Tomas Reyes pressed him too. Later Marsh said the rule was sound.`),
    );
    expect(shown).toContain('D. Owen Marsh');
    expect(shown).not.toContain('Solicitor General');
  });
});
