import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a quoted title is no person whose surname its last word would be', () => {
  it('keeps a town named alone apart from the film named after it', () => {
    const es = entitiesOf(
      `La réalisatrice Inès Marval sort mercredi « La Dernière Nuit de Tromsø », tourné dans la ville norvégienne.
      Elle a découvert Tromsø en 2018. À Tromsø, les nuits durent deux mois. « La Dernière Nuit de Tromsø » suit une
      famille de pêcheurs. Les habitants de Tromsø ont joué leur propre rôle.`,
      'fr',
    );
    const town = find(es, 'Tromsø');
    expect(town?.text).toBe('Tromsø');
    expect(town?.count).toBeGreaterThanOrEqual(3);
    expect(town?.variants).toEqual([]);
    expect(find(es, 'La Dernière Nuit de Tromsø')?.count).toBe(2);
  });

  it('still joins a surname to a full name written without quotes', () => {
    const es = entitiesOf(
      `Pierre-Henri de Valcourt a présenté son plan mardi. Selon de Valcourt, le budget suffira. Valcourt a
      ensuite quitté la salle.`,
      'fr',
    );
    expect(find(es, 'Valcourt')?.text).toBe('Pierre-Henri de Valcourt');
  });
});
