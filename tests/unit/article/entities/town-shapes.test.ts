import { describe, expect, it } from 'vitest';
import { isEnglishTownShape } from '@/utils/article/entities/town-shapes';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('an English town joined by "on", "upon", "under", "super"', () => {
  it('is shaped like a town', () => {
    for (const s of ['Stoke-on-Trent', 'Stratford-upon-Avon', 'Weston-super-Mare', 'Wells-next-the-Sea'])
      expect(isEnglishTownShape(s)).toBe(true);
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
