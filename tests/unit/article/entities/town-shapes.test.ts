import { describe, expect, it } from 'vitest';
import { isEnglishTownShape } from '@/utils/article/entities/town-shapes';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('an English town joined by "on", "upon", "under", "super"', () => {
  it('is shaped like a town', () => {
    for (const s of ['Stoke-on-Trent', 'Stratford-upon-Avon', 'Weston-super-Mare', 'Wells-next-the-Sea'])
      expect(isEnglishTownShape(s)).toBe(true);
  });

  it('is shaped like a town written apart with "upon" ("Newcastle upon Tyne")', () => {
    expect(isEnglishTownShape('Kingston upon Thames')).toBe(true);
    expect(isEnglishTownShape('Kingston on Thames')).toBe(false);
  });

  it('is no double surname nor a French commune', () => {
    for (const s of ['Gibson-Park', 'Smith-Jones', 'Boulogne-sur-Mer', 'on-Trent'])
      expect(isEnglishTownShape(s)).toBe(false);
  });

  it('types the town a place', () => {
    const text = `A pottery in Marlow-on-Teme will close in May. Marlow-on-Teme has lost 400 jobs since 2020, and
      Marlow-on-Teme council is seeking buyers.`;
    expect(find(entitiesOf(text, 'en'), 'Marlow-on-Teme')?.type).toBe('place');
  });
});

describe('a town and its river written apart with "upon"', () => {
  it('is one place', () => {
    const text = `Crowds gathered in Marlow upon Teme on Sunday. Marlow upon Teme council thanked them.`;
    const es = entitiesOf(text, 'en');
    expect(find(es, 'Marlow upon Teme')?.type).toBe('place');
    expect(find(es, 'Teme')).toBeUndefined();
  });

  it('joins no given name to the word after "upon"', () => {
    const es = entitiesOf('Later Anna upon Teller’s advice left the board. Anna Kolbe said so.', 'en');
    expect(find(es, 'Anna upon Teller')).toBeUndefined();
  });
});
