import { describe, expect, it } from 'vitest';
import { isAcronymRun } from '@/utils/article/entities/acronym-pairs';
import { entitiesOf, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('acronyms in a row', () => {
  it('keeps two acronyms in a row as one name, beside a longer name holding them', () => {
    const es = entitiesOf(
      `Le groupe KTB RVL a publié ses comptes. KTB RVL a annoncé un plan. Sa filiale KTB RVL Fret Aérien recrute.`,
      'fr',
    );
    expect(names(es)).toContain('KTB RVL');
    expect(names(es)).toContain('KTB RVL Fret Aérien');
  });

  it('leaves a heading in capitals, whose words are long or written in lower case', () => {
    expect(isAcronymRun(['KTB', 'RVL'], new Map())).toBe(true);
    expect(isAcronymRun(['TOP', 'TEN'], new Map([['top', 2]]))).toBe(false);
    expect(isAcronymRun(['FARM', 'NOTES'], new Map())).toBe(false);
    expect(isAcronymRun(['KTB'], new Map())).toBe(false);
    expect(isAcronymRun(['REST', 'API'], new Map())).toBe(false);
  });
});
