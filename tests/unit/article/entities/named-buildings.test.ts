import { describe, expect, it } from 'vitest';
import { entitiesOf, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('a name written once after a lower-case kind of building or street', () => {
  it('keeps it', () => {
    const es = entitiesOf(
      `Quarante patients attendaient lundi aux urgences de l’hôpital Kervanec. À la gare Sablières de Toulouse, les trains partent.`,
      'fr',
    );
    expect(names(es)).toContain('Kervanec');
    expect(names(es)).toContain('gare Sablières');
  });

  it('still drops a capitalised common noun written once', () => {
    const es = entitiesOf(`Le maire a présenté une Réforme du stationnement aux habitants de Vannes.`, 'fr');
    expect(names(es)).not.toContain('Réforme');
  });
});
