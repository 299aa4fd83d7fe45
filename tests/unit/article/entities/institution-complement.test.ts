import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('French bodies written with lower-case adjectives and a complement', () => {
  it('reads the whole name, joined to its acronym', () => {
    const es = entitiesOf(
      `Jeudi, l’Organisation mondiale de la météorologie a publié son rapport annuel. Pour l’OMM, la
décennie est la plus chaude jamais mesurée. Le Fonds monétaire international s’inquiète aussi : selon le FMI,
les dégâts coûtent cher. Le Centre national de la recherche scientifique a lancé une mission.`,
      'fr',
    );
    const omm = find(es, 'OMM');
    expect([omm?.text, ...(omm?.variants ?? [])]).toContain('Organisation mondiale de la météorologie');
    expect(omm?.count).toBe(2);
    expect(find(es, 'Fonds monétaire international')?.count).toBe(2);
    expect(names(es)).toContain('Centre national de la recherche scientifique');
  });

  it('leaves out a period, a title or a bare « de » after the adjectives', () => {
    const es = entitiesOf(
      `Le Conseil constitutionnel des années 1990 jugeait autrement. Hier, le Conseil constitutionnel du
président Martin a tranché, et le Conseil constitutionnel de manière unanime a validé la loi.`,
      'fr',
    );
    expect(find(es, 'Conseil constitutionnel')?.count).toBe(3);
    expect(names(es).some((n) => n.startsWith('Conseil constitutionnel d'))).toBe(false);
  });
});

describe('French parties named with lower-case words', () => {
  it('keeps the party whole, its opening article aside, and the country apart', () => {
    const es = entitiesOf(
      'Le texte a été critiqué par La France insoumise et le Rassemblement national. Pour la France insoumise, la France doit renoncer.',
      'fr',
    );
    expect(find(es, 'France insoumise')?.count).toBe(2);
    expect(names(es)).toContain('Rassemblement national');
    expect(find(es, 'France')?.count).toBe(1);
  });
});
