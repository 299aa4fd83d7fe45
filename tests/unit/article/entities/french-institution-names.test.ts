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
