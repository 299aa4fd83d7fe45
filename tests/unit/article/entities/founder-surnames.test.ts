import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('a company named after its founder', () => {
  it('reads the word alone after the company’s full name as the company', () => {
    const es = entitiesOf(
      `Varnier Industries a perdu 11 % en Bourse. Airbus est le premier client de Varnier avec 46 % des ventes.
Le directeur général a succédé en janvier au fondateur, Jules Varnier, parti à la retraite.`,
      'fr',
    );
    expect(find(es, 'Varnier Industries')?.variants).toContain('Varnier');
    expect(find(es, 'Jules Varnier')?.variants ?? []).not.toContain('Varnier');
  });

  it('still reads a surname alone as the person when no company name comes first', () => {
    const es = entitiesOf(
      `Jules Varnier a fondé son entreprise en 1990. Varnier a ensuite créé Varnier Industries, cotée en 2001.`,
      'fr',
    );
    expect(find(es, 'Jules Varnier')?.variants).toContain('Varnier');
  });
});
