import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('French trade words closing a company’s name', () => {
  it('types the company as a body, even credited for a photo', () => {
    const es = entitiesOf(
      `Un entrepôt de Vernay Logistique à Corbas. Crédit : Vernay Logistique
Le transporteur Vernay Logistique a été piraté. Le directeur, Paul Vernay, a porté plainte.
Sa filiale Kestra Aviation fournit des pièces.`,
      'fr',
    );
    expect(find(es, 'Vernay Logistique')?.type).toBe('organization');
    expect(find(es, 'Kestra Aviation')?.type).toBe('organization');
    expect(find(es, 'Paul Vernay')?.type).toBe('person');
  });
});

describe('English trade words closing a company’s name', () => {
  it('types a studio named by its craft as a body', () => {
    const text = `Korvel Animation will release the film in June. Critics liked the Korvel Animation trailer.`;
    expect(find(entitiesOf(text, 'en'), 'Korvel Animation')?.type).toBe('organization');
  });
});
