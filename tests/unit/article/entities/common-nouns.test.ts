import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('French common nouns written with a capital', () => {
  it('drops a common noun capitalised after an article, once or twice', () => {
    const es = entitiesOf(
      `Depuis des années, on avait pris l’Habitude de compter sur la patience des voisins. D’après une Information
de la radio, Paul Moreau a quitté Lyon mardi. Les entretiens ont un caractère d’Information, selon Moreau.`,
      'fr',
    );
    expect(names(es)).not.toContain('Habitude');
    expect(names(es)).not.toContain('Information');
    expect(find(es, 'Paul Moreau')?.count).toBe(2);
    expect(names(es)).toContain('Lyon');
  });

  it('keeps bodies named by one word, a paper whose article is capitalised, and a word that speaks', () => {
    const es = entitiesOf(
      `Mardi, l’Élysée a reçu les syndicats, puis l’Assemblée a voté le texte. Un article de L’Humanité a relancé
le débat ; un second article de L’Humanité a suivi. Jeudi, la Présidence a annoncé son retrait, puis la
Présidence a précisé sa position. Le quotidien « Libération » en parle aussi.`,
      'fr',
    );
    expect(names(es)).toEqual(expect.arrayContaining(['Élysée', 'Assemblée', 'L’Humanité', 'Présidence']));
    expect(names(es)).toContain('Libération');
  });

  it('reads a word opening a quoted title like a sentence start', () => {
    const es = entitiesOf(
      `Le festival proposait deux thèmes : « Parole et musique », puis « La danse au village ». Nous avons choisi
« Parole et musique » et entendu des mélodies de Jean Berthier.`,
      'fr',
    );
    expect(names(es)).not.toContain('Parole');
    expect(names(es)).toContain('Jean Berthier');
  });

  it('keeps an empire whole with its adjective', () => {
    const es = entitiesOf(
      `La semaine dernière, l’Empire britannique a rendu hommage au maréchal. À Londres, la foule était immense.`,
      'fr',
    );
    expect(names(es)).toContain('Empire britannique');
    expect(names(es)).not.toContain('Empire');
  });
});

describe('"GP", a family doctor, is a common noun', () => {
  it('is no name alone', () => {
    const es = entitiesOf(
      'Patients can get the jab from their GP from June. GP practices are full, and two GPs said so.',
    );
    expect(names(es)).not.toContain('GP');
    expect(names(es)).not.toContain('GPs');
  });
});
