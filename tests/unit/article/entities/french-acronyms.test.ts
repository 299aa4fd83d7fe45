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

describe('an acronym coined before the body’s remit was widened', () => {
  it('is the name whose words before « et » it spells, not a name it does not spell', () => {
    const es = entitiesOf(
      `Le Bureau national du vin et des spiritueux de qualité (BNV) a publié lundi son rapport. Selon le BNV, les
ventes reculent. Le BNV réclame des aides. La Société des ports et des rivières (SAR) n’a pas répondu.`,
      'fr',
    );
    expect(find(es, 'BNV')?.variants).toContain('Bureau national du vin et des spiritueux de qualité');
    expect(find(es, 'BNV')?.count).toBe(4);
    expect(find(es, 'SAR')?.variants ?? []).not.toContain('Société des ports et des rivières');
  });
});
