import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('a French name defined by its acronym at the start of a sentence', () => {
  it('keeps a body whose elided article opens the sentence, drops a common noun defined the same way', () => {
    const es = entitiesOf(
      `L’Office régional des pêches (ORP) a publié mardi son bilan. Selon l’ORP, les prises reculent.
L’intelligence artificielle (IA) aide à compter les bateaux. L’IA ne remplace pas les gardes.`,
      'fr',
    );
    expect(find(es, 'ORP')?.variants).toContain('Office régional des pêches');
    expect(find(es, 'ORP')?.count).toBe(3);
    expect(names(es)).not.toContain('IA');
  });
});
