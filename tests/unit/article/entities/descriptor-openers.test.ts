import { describe, expect, it } from 'vitest';
import { entitiesOf, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a kind of body opening an English sentence', () => {
  it('is left out of the name after it', () => {
    const text = `Orvane Capital reported on Friday. Rivals Tessaly Finance and Brook Lending report next week.
Brokerage Halden Securities kept its rating. Chipmaker Arvex said demand was strong.`;
    const shown = names(entitiesOf(text));
    expect(shown).toContain('Tessaly Finance');
    expect(shown).toContain('Halden Securities');
    expect(shown).toContain('Arvex');
    expect(shown.some((n) => /^(?:Rivals|Brokerage|Chipmaker) /.test(n))).toBe(false);
  });

  it('says the word after it is a name, though written once', () => {
    const text = `Dellow Stores missed forecasts. Rival Pemberton's was also lower after the results.`;
    expect(names(entitiesOf(text))).toContain('Pemberton');
  });

  it('keeps a name that only starts like a word of the list when it is written so inside sentences', () => {
    const text = `Shares rose. Analysts at Rival Brands Group said the quarter was strong for Rival Brands Group.`;
    expect(names(entitiesOf(text))).toContain('Rival Brands Group');
  });
});
