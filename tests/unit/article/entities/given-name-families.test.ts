import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('given names of the families French and English news writes about', () => {
  it('make a person of a French name written once, with no cue around it', () => {
    const es = entitiesOf(
      `La pétition, lancée par Martine Rouvière et Christelle Kerbrat, a recueilli trois mille signatures.
      Nolwenn Guéguen et Colette Brassac l’ont relayée sur le marché.`,
      'fr',
    );
    for (const name of ['Martine Rouvière', 'Christelle Kerbrat', 'Nolwenn Guéguen', 'Colette Brassac'])
      expect(find(es, name)?.type).toBe('person');
  });

  it('make a person of names from Africa, Eastern Europe and the Nordic countries', () => {
    const es = entitiesOf(
      `Les négociateurs Pavel Strunin et Kaja Lindqvist ont rencontré Hawa Sissoko à Genève.`,
      'fr',
    );
    for (const name of ['Pavel Strunin', 'Kaja Lindqvist', 'Hawa Sissoko'])
      expect(find(es, name)?.type).toBe('person');
  });

  it('make a person of English and Irish names', () => {
    const es = entitiesOf(
      `The novel follows Jenna Polwhele and Hilary Tregarth through a winter. Saoirse Mulcahy narrates.`,
    );
    for (const name of ['Jenna Polwhele', 'Hilary Tregarth', 'Saoirse Mulcahy'])
      expect(find(es, name)?.type).toBe('person');
  });

  it('leave out given names that are ordinary words or places ("Amber Alert", "Madison Avenue")', () => {
    const es = entitiesOf(
      `An Amber Alert went out on Tuesday. Shops on Madison Avenue closed early, and Amber Alert messages followed.`,
    );
    expect(find(es, 'Amber Alert')?.type).not.toBe('person');
    expect(find(es, 'Madison Avenue')?.type).not.toBe('person');
  });
});
