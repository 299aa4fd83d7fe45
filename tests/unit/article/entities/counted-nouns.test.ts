import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('French: a kind of thing counted with « un » is no name', () => {
  it('splits the kind off the town after it and drops it alone', () => {
    const es = entitiesOf(
      `La directrice d’un Crèpal de Toulouse a été entendue mardi. Le groupe Bercail Soins, qui gère le Crèpal,
conteste. Un autre site, à Istres, reste ouvert.`,
      'fr',
      'Enquête dans un Crèpal de Toulouse',
    );
    expect(names(es)).toContain('Toulouse');
    expect(names(es)).toContain('Bercail Soins');
    expect(names(es).some((n) => n.includes('Crèpal'))).toBe(false);
  });

  it('keeps a named event, a known brand and a name never counted', () => {
    const es = entitiesOf(
      `Le Maroc organisera une Coupe du Monde en 2030. Il roulait dans une Tesla de location. Le Crèpal de
Vitrolles, lui, a fermé ; le Crèpal de Vitrolles rouvrira en mai.`,
      'fr',
    );
    expect(names(es).some((n) => n.startsWith('Coupe du Monde'))).toBe(true);
    expect(find(es, 'Tesla')).toBeDefined();
    expect(find(es, 'Crèpal de Vitrolles')?.count).toBe(2);
  });
});

describe('French: « de » before a title or a full name is no surname particle', () => {
  it('reads « l’avocat de M. Morvan » as M. Morvan, and keeps « le général de Gaulle »', () => {
    const es = entitiesOf(
      `L’avocat de M. Morvan a fait appel. La sœur de Mme Quéré et l’avocat de Julien Morvan étaient là.
Le général de Gaulle, lui, est cité ; M. de Villepin aussi.`,
      'fr',
    );
    expect(names(es).some((n) => /^de (M\.|Mme|Julien)/.test(n))).toBe(false);
    expect(find(es, 'Morvan')).toBeDefined();
    expect(find(es, 'Quéré')).toBeDefined();
    expect(names(es)).toContain('de Gaulle');
    expect(names(es)).toContain('de Villepin');
  });
});
