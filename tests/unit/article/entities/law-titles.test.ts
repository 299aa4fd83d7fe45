import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a law’s short title with a bracket and a year', () => {
  it('is one name, and "the Bill" after it no name of its own', () => {
    const text = `The Coastal Housing (Temporary Provisions) Bill 2026 was passed by 70 votes to 58 on Thursday. The
Bill caps rents for two years. Critics said the emergency Bill was rushed, and the
Harbour Safety (Amendment) Act 2025 already applies to landlords. Orla Quinlan said the Bill would pass the Senate.`;
    const es = entitiesOf(text, 'en');
    const shown = names(es);
    expect(shown).toContain('Coastal Housing (Temporary Provisions) Bill 2026');
    // "The Bill", "the emergency Bill", "the Bill" are that law.
    expect(find(es, 'Coastal Housing (Temporary Provisions) Bill 2026')?.count).toBe(4);
    expect(shown).toContain('Harbour Safety (Amendment) Act 2025');
    for (const piece of ['Bill', 'Bill 2026', 'Coastal Housing', 'Temporary Provisions', 'Act'])
      expect(shown).not.toContain(piece);
  });

  it('keeps "Bill" the person', () => {
    const text = `Bill Harlan chairs the committee. The Bill was drafted by his staff, and Bill said he would sign it.
Bill Harlan thanked the Senate.`;
    expect(names(entitiesOf(text, 'en'))).toContain('Bill Harlan');
    expect(
      names(entitiesOf('Critics said the Bill was rushed. Orla Quinlan said the Bill would pass.', 'en')),
    ).not.toContain('Bill');
  });
});
