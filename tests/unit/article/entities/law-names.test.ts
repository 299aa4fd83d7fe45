import { describe, expect, it } from 'vitest';
import { namesALaw } from '@/utils/article/entities/law-names';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a numbered law', () => {
  it('is read from its number after "Bill", "Resolution" or "Proposition"', () => {
    for (const s of ['Senate Bill 10', 'House Bill 2417', 'Proposition 22', 'Resolution 2334'])
      expect(namesALaw(s)).toBe(true);
    for (const s of ['Billboard Hot 100', 'Bill Gates', 'Bill 10 Smith', 'Bills'])
      expect(namesALaw(s)).toBe(false);
  });

  it('is no body, though a body’s name opens it', () => {
    const text = `Lawmakers passed Senate Bill 10 on Monday. Senate Bill 10 gives retired teachers a raise, and the
      Senate will vote on Senate Bill 12 in May.`;
    expect(find(entitiesOf(text, 'en'), 'Senate Bill 10')?.type).toBe('other');
  });
});
