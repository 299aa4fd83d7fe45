import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('a body’s acronym and where it serves', () => {
  it('is an organisation, not a place: « CHU de Lorient »', () => {
    const es = entitiesOf(
      `L’hôpital de Pontivy est rattaché au CHU de Lorient, qui gère les plannings. Selon le CHU, rien ne change
pour les patients, a dit Paul Garnier.`,
      'fr',
    );
    expect(find(es, 'CHU de Lorient')?.type).toBe('organization');
  });
});
