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
  it('takes in a bracketed part with small words, not a bracket that holds a sentence', () => {
    const text = `Peers debated the Coastal Housing (End of Tenancy) Bill for eight hours. Orla Quinlan
(who chairs the committee) Bill Harlan and the Senate met.`;
    const shown = names(entitiesOf(text, 'en'));
    expect(shown).toContain('Coastal Housing (End of Tenancy) Bill');
    expect(shown).not.toContain('Coastal Housing');
    expect(shown).toContain('Bill Harlan');
  });
});

describe('a law’s title that lists its subjects', () => {
  it('is one name with its commas, its "and" and a year after a comma', () => {
    const text = `The Senate on Tuesday passed the Seeds, Fertilisers and Farm Machinery Bill, 2026 by a voice vote.
It replaces the Seeds and Fertilisers Act, 1966, which Ravi Menon called outdated. Later the Ports, Harbours
and Ferries Act 2025 came into force.`;
    const es = entitiesOf(text, 'en');
    const shown = names(es);
    expect(shown).toContain('Seeds, Fertilisers and Farm Machinery Bill, 2026');
    expect(find(es, 'Seeds, Fertilisers and Farm Machinery Bill, 2026')?.type).toBe('other');
    expect(shown).toContain('Seeds and Fertilisers Act, 1966');
    expect(shown).toContain('Ports, Harbours and Ferries Act 2025');
    for (const piece of ['Fertilisers', 'Farm Machinery Bill', 'Seeds', 'Harbours'])
      expect(shown).not.toContain(piece);
  });

  it('takes no people nor places listed before a law’s name into it', () => {
    const text = `Ravi Menon thanked Priya, Tomas and the Ferries Act team. Staff from Kent, Surrey and Harbour Act
firms came too. Priya and Tomas left early.`;
    const shown = names(entitiesOf(text, 'en'));
    expect(shown.some((n) => n.includes(',') || n.includes('Tomas and'))).toBe(false);
  });
});
