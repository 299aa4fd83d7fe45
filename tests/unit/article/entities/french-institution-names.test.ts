import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('French institution names', () => {
  it('keeps a masculine adjective in « -éen » after an institution’s head', () => {
    const es = entitiesOf(
      `Le président du Conseil européen a parlé mardi. La décision a été reportée au Conseil européen de mars.`,
      'fr',
    );
    expect(names(es)).toContain('Conseil européen');
  });

  it('keeps « von der » inside a surname', () => {
    const es = entitiesOf(`La présidente, Adelheid von der Brake, présentera les projets en mars.`, 'fr');
    expect(names(es)).toContain('Adelheid von der Brake');
    expect(names(es)).not.toContain('Adelheid');
  });

  it('joins a known body’s noun, lower-case adjective and name written once', () => {
    const es = entitiesOf(
      `Selon le dernier bulletin de Santé publique France, publié mercredi, la Bretagne est en phase épidémique.`,
      'fr',
    );
    expect(names(es)).toContain('Santé publique France');
    expect(names(es)).not.toContain('France');
  });

  it('keeps a known name’s first word that is also a caption label', () => {
    const es = entitiesOf(`La banque, le Crédit Agricole de Touraine, est citée comme témoin.`, 'fr');
    expect(names(es)).toContain('Crédit Agricole de Touraine');
    const captioned = entitiesOf(`Credit Lionel Marsac. Le maire a parlé. Lionel Marsac photographie.`, 'en');
    expect(names(captioned).some((n) => n.startsWith('Credit'))).toBe(false);
  });

  it('drops « Etats » written alone in the plural', () => {
    const es = entitiesOf(
      `Les chefs d’Etat se sont réunis. Plusieurs Etats ont voté contre, dont la Hongrie. Les Etats-Unis observent.`,
      'fr',
    );
    expect(find(es, 'Etats')).toBeUndefined();
    expect(names(es)).toContain('Hongrie');
  });
});

describe('a French body’s complement and whose body it is', () => {
  it('keeps « Cour de justice de la République » and « de l’Union européenne » whole', () => {
    const es = entitiesOf(
      `L’ancien ministre sera jugé par la Cour de justice de la République, a dit Paul Meyer. Le juge a saisi la
      Cour de justice de l’Union européenne.`,
      'fr',
    );
    expect(names(es)).toContain('Cour de justice de la République');
    expect(names(es)).toContain('Cour de justice de l’Union européenne');
  });

  it('stops before a name without an article, a person’s', () => {
    const es = entitiesOf(
      'La Cour de cassation de Paul Meyer, disait-on. La Cour de cassation a tranché.',
      'fr',
    );
    expect(names(es)).not.toContain('Cour de cassation de Paul Meyer');
  });
});
