import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('a club named after its city', () => {
  it('keeps the club and its city as one name, joined to its acronym', () => {
    const es = entitiesOf(
      `Samedi, l’Olympique de Vannes a battu le Stade de Reims. Avec ce succès, l’OV remonte au classement ;
le Stade de Reims recule. Les supporteurs ont fêté la victoire à Vannes, où l’OV jouera encore dimanche.`,
      'fr',
    );
    const club = find(es, 'Olympique de Vannes');
    expect([club?.text, ...(club?.variants ?? [])]).toContain('OV');
    expect(club?.count).toBe(3);
    expect(find(es, 'Stade de Reims')?.count).toBe(2);
    expect(names(es)).not.toContain('Olympique');
  });
});
