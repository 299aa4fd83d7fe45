import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a French assembly named by its seat', () => {
  it('joins « Palais-Bourbon » to « l’Assemblée », shown by the body’s name', () => {
    const es = entitiesOf(
      'Le texte arrive mardi au Palais-Bourbon. À l’Assemblée, Lucie Marnay a défendu le projet. Lucie Marnay a convaincu.',
      'fr',
    );
    expect(find(es, 'Assemblée')?.variants).toContain('Palais-Bourbon');
    expect(names(es)).not.toContain('Palais-Bourbon');
  });

  it('shows the seat when the article writes no other name of the body', () => {
    const es = entitiesOf('Le texte arrive mardi au Palais-Bourbon, où Lucie Marnay le défendra.', 'fr');
    expect(names(es)).toContain('Palais-Bourbon');
  });
});
