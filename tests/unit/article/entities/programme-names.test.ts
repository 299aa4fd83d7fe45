import { describe, expect, it } from 'vitest';
import { entitiesOf, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a programme named with a capitalised word and lower-case words', () => {
  it('is one name when the text writes it so twice', () => {
    const text = `Le plan Bretagne numérique rurale a tout changé pour Plouzec. Depuis 2021, dans le cadre du plan
Bretagne numérique rurale, la commune a raccordé ses écoles, raconte la maire, Odile Kervran.`;
    const shown = names(entitiesOf(text, 'fr'));
    expect(shown).toContain('Bretagne numérique rurale');
    expect(shown).not.toContain('Bretagne');
  });

  it('leaves the place alone when the words after it are written once', () => {
    const text = `Le plan Bretagne numérique rurale a tout changé pour Plouzec, en Bretagne. La maire, Odile Kervran,
salue un effort rare en Bretagne.`;
    expect(names(entitiesOf(text, 'fr'))).toContain('Bretagne');
  });
});
