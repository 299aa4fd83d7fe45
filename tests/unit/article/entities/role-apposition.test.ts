import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('a role and a comma before a full name', () => {
  it('types the name as a person, also without a known given name', () => {
    const es = entitiesOf(
      `Le budget a été voté jeudi. « Nous tenons parole », a lancé la présidente socialiste de la Région, Corisande Valmeyre, à la tribune.
Le premier ministre slovaque, Dezső Korvany, s’est abstenu.`,
      'fr',
    );
    expect(find(es, 'Corisande Valmeyre')?.type).toBe('person');
    expect(find(es, 'Dezső Korvany')?.type).toBe('person');
  });

  it('does not reach a role in another clause, nor type a body', () => {
    const es = entitiesOf(
      `Le ministre est parti. Ensuite, Vallée Bleue Logistique publiera un plan.
Le directeur a cité deux rivaux, Transports Orlac et Brivex Fret, sans détailler.`,
      'fr',
    );
    expect(find(es, 'Vallée Bleue Logistique')?.type).not.toBe('person');
    expect(find(es, 'Transports Orlac')?.type).not.toBe('person');
  });

  it('reads a French reporting verb before the name as a person’s', () => {
    const es = entitiesOf(
      `« On nous a déjà promis beaucoup de choses », soupire Ysoline Carvannec, venue de Castres.
« Il faut des trains », a souri Eudes Marvillac. Gaëlane Trémoy a assuré que le plan tiendrait.`,
      'fr',
    );
    expect(find(es, 'Ysoline Carvannec')?.type).toBe('person');
    expect(find(es, 'Eudes Marvillac')?.type).toBe('person');
    expect(find(es, 'Gaëlane Trémoy')?.type).toBe('person');
  });

  it('does not read a launch as a quotation', () => {
    const es = entitiesOf(
      `La start-up a lancé Velcor Astra mardi à Paris. Velcor Astra sera vendu 649 euros.`,
      'fr',
    );
    expect(find(es, 'Velcor Astra')?.type).not.toBe('person');
  });
});

describe('a full name before a comma and a role', () => {
  it('types the name as a person', () => {
    const es = entitiesOf(
      `La console sortira en mars chez Orvane. Gorik Tessander, le patron d’Orvane, avait prévenu que le prix
monterait. « Le prix est juste », a dit un porte-parole d’Orvane.`,
      'fr',
    );
    expect(find(es, 'Gorik Tessander')?.type).toBe('person');
  });

  it('leaves a body before a comma and a word that is no role a body', () => {
    const es = entitiesOf(
      `Le contrat revient à Brivex Fret, le transporteur breton. Brivex Fret, la filiale d’Orvane, recrute.`,
      'fr',
    );
    expect(find(es, 'Brivex Fret')?.type).not.toBe('person');
    const en = entitiesOf(
      `In Castle Quest: Marrow Keep, the player character may light torches. Castle Quest: Marrow Keep sold well.`,
    );
    expect(find(en, 'Marrow Keep')?.type).not.toBe('person');
  });
});
