import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a royal title before one given name', () => {
  const text = `Prince William visited the flooded town of Orbury today, and King Charles III sent a message. William
    met volunteers, and Prince Harry called from abroad. Mayor Eve Tallis thanked the royals.`;

  it('stays in the name, a person', () => {
    const es = entitiesOf(text);
    expect(find(es, 'Prince William')?.variants).toContain('William');
    expect(find(es, 'King Charles III')?.type).toBe('person');
    expect(find(es, 'Prince Harry')?.type).toBe('person');
  });

  it('goes before a full name', () => {
    const shown = names(
      entitiesOf(`Prince Edmund Farrow-Lyle spoke on Monday. Farrow-Lyle said the fund would grow.`),
    );
    expect(shown).toContain('Edmund Farrow-Lyle');
  });

  it('is read so in English only (a French text quotes a nickname: « Queen Marsha »)', () => {
    const es = entitiesOf(
      `Marsha P. Johnson, surnommée Queen Marsha, était une militante. Marsha P. Johnson vivait à New York.`,
      'fr',
    );
    expect(names(es)).not.toContain('Queen Marsha');
  });
});
