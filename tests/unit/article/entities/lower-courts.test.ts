import { describe, expect, it } from 'vitest';
import { entitiesOf, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a court written in lower case after its town', () => {
  it('is named whole', () => {
    const text = `Dara Venn was convicted at Harlow crown court on Friday. 
Her brother had appeared at Bexley magistrates' court a week earlier, and an inquest opened at Tarn coroner's court.`;
    const shown = names(entitiesOf(text));
    expect(shown).toContain('Harlow crown court');
    expect(shown).toContain("Bexley magistrates' court");
    expect(shown).toContain("Tarn coroner's court");
  });

  it('leaves a town before other lower-case words alone', () => {
    const text = `Crowds gathered in Harlow on Friday, and Harlow council said the crown was on show.`;
    const shown = names(entitiesOf(text));
    expect(shown).toContain('Harlow');
    expect(shown.some((n) => n.includes('court') || n.includes('crown'))).toBe(false);
  });
});
