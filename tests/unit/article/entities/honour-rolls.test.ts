import { describe, expect, it } from 'vitest';
import { entitiesOf, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('an honour roll or a music style written with "of" or "and"', () => {
  it('is one name', () => {
    const text = `The Lantern Boys will tour after their Rock and Roll Hall of Fame Induction next spring. Their
    drummer is already in the Country Music Hall of Fame, and a star waits on the Harlow Walk of Fame.`;
    const shown = names(entitiesOf(text));
    expect(shown).toContain('Rock and Roll Hall of Fame Induction');
    expect(shown).toContain('Country Music Hall of Fame');
    expect(shown).toContain('Harlow Walk of Fame');
    expect(shown).not.toContain('Roll Hall');
    expect(shown).not.toContain('Fame Induction');
  });

  it('leaves another hall and its town two names', () => {
    const shown = names(
      entitiesOf('The concert moved from Harlow Hall of Bexley to the Tarn Arena on Friday.'),
    );
    expect(shown.some((n) => n.includes('Hall of Bexley'))).toBe(false);
  });
});
