import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a town named once, capitalised in a sentence-case headline that names a person too', () => {
  const text =
    'Le procès de Paul Vidal, accusé d’avoir tué son voisin à Korvanne, s’est ouvert lundi. Paul Vidal nie.';

  it('is kept: the full name counts once when the headline is read for sentence case', () => {
    expect(
      names(entitiesOf(text, 'fr', 'Meurtre de Korvanne : vingt ans requis contre Paul Vidal')),
    ).toContain('Korvanne');
  });

  it('is left out under a headline in title case', () => {
    expect(
      names(entitiesOf(text, 'fr', 'Meurtre De Korvanne : Vingt Ans Requis Contre Paul Vidal')),
    ).not.toContain('Korvanne');
  });
});

describe('French bodies that take a complement', () => {
  it('« Observatoire de Paris » and « Chambre régionale des comptes » are read whole', () => {
    const es = entitiesOf(
      "Lina Keller, de l'Observatoire de Paris, a parlé. La Chambre régionale des comptes Bretagne a publié un rapport sur l'Observatoire de Paris.",
      'fr',
    );
    expect(find(es, 'Observatoire de Paris')).toBeDefined();
    expect(find(es, 'Chambre régionale des comptes')).toBeDefined();
    expect(names(es)).not.toContain('Observatoire');
  });

  it('« Crédit Agricole d’Aquitaine », a known body and the place its branch serves, is an organisation', () => {
    const es = entitiesOf(
      "Le Crédit Agricole d'Aquitaine est cité comme témoin. Le Crédit Agricole d'Aquitaine a été trompé.",
      'fr',
    );
    expect(find(es, "Crédit Agricole d'Aquitaine")?.type).toBe('organization');
  });
});

describe('French places', () => {
  it('a commune joined by a lower-case particle is a place, a double surname is not', () => {
    const es = entitiesOf(
      'Il a acheté une arme à une connaissance de Korvan-sur-Lande. Me Sophie Lacaze-Ruiz a plaidé la relaxe.',
      'fr',
    );
    expect(find(es, 'Korvan-sur-Lande')?.type).toBe('place');
    expect(find(es, 'Sophie Lacaze-Ruiz')?.type).toBe('person');
  });
});

describe('prizes named after a metal', () => {
  it('« Lion d’or » keeps its metal, « lion d’Afrique » gives no lion', () => {
    const es = entitiesOf(
      "Nadia Keller a reçu le Lion d'or de la Mostra. Le Lion d'or récompense un film. Le lion d'Afrique rugit.",
      'fr',
    );
    expect(names(es)).toContain("Lion d'or");
    expect(names(es)).not.toContain('Lion');
  });
});

describe('a French name and its English acronym', () => {
  it('« Agence spatiale européenne » and « ESA » are one entity', () => {
    const es = entitiesOf(
      "La mission est menée par l'Agence spatiale européenne (ESA). L'ESA lancera Ariel en 2029, selon Lina Keller.",
      'fr',
    );
    expect(find(es, 'Agence spatiale européenne')).toBeDefined();
    expect(find(es, 'Agence spatiale européenne')).toBe(find(es, 'ESA'));
  });
});

describe('a commune named after a saint', () => {
  it('is a place: « Bourg-Saint-Marcel », « Sainte-Foy-Vanoise »', () => {
    const es = entitiesOf(
      `Le maire de Bourg-Saint-Marcel, Paul Gros, a parlé. Les stations de Sainte-Foy-Vanoise ouvrent samedi, et
      Bourg-Saint-Marcel attend les skieurs.`,
      'fr',
    );
    expect(find(es, 'Bourg-Saint-Marcel')?.type).toBe('place');
    expect(find(es, 'Sainte-Foy-Vanoise')?.type).toBe('place');
  });
});
