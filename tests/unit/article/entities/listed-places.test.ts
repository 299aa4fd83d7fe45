import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('places listed in French', () => {
  it('types an unknown town listed with a known place as a place', () => {
    const es = entitiesOf(
      `La Région promet un train toutes les heures entre Toulouse et Vabrenc. Vabrenc attend ce train depuis vingt ans.
Le promoteur a vendu des appartements à Bordeaux, à Lescurat et à Arcachon. Lescurat est loin.`,
      'fr',
    );
    expect(find(es, 'Vabrenc')?.type).toBe('place');
    expect(find(es, 'Lescurat')?.type).toBe('place');
  });

  it('leaves a longer name and a people listed with a place as they are', () => {
    const es = entitiesOf(
      `Le journal parle d’Haïti et des Haïtiens. Il cite Paris et Brovane Télécom Services, puis Brovane Télécom Services encore.`,
      'fr',
    );
    expect(find(es, 'Brovane Télécom Services')?.type).not.toBe('place');
  });

  it('reads a comma as a list of places only before a repeated preposition', () => {
    const es = entitiesOf(
      `Samedi, à Genève, l’Alliance rurale a voté. Le comité de l’Alliance rurale a parlé à Genève, Corvalle en tête.
Corvalle a suivi.`,
      'fr',
    );
    expect(find(es, 'Alliance rurale')?.type).not.toBe('place');
    expect(find(es, 'Corvalle')?.type).not.toBe('place');
  });
});

describe('places listed in English', () => {
  it('types unknown towns listed with a known place, along the list', () => {
    const es = entitiesOf(
      `Buses will run between Perth and Carnbray on Monday. Trains from Carnbray to Dallowmuir are cancelled.
Carnbray and Dallowmuir depend on visitors, the Tarnside Trust said. The Tarnside Trust runs both halls.`,
    );
    expect(find(es, 'Carnbray')?.type).toBe('place');
    expect(find(es, 'Dallowmuir')?.type).toBe('place');
  });

  it('leaves a given name or a name never set anywhere as it is', () => {
    const es = entitiesOf(
      `In 1822 Portugal lost Brazil, and Pedro I became its emperor. Pedro ruled for nine years.
Bayern beat Germany and Velden twice, and Velden lost again to Bayern.`,
    );
    expect(find(es, 'Pedro')?.type).not.toBe('place');
    expect(find(es, 'Velden')?.type).not.toBe('place');
  });

  it('lends nothing from a numbered name typed a place', () => {
    const es = entitiesOf(
      `Support for Python 3 and Quillpad arrived in March. Quillpad is a notebook, and Quillpad runs on Python 3.`,
    );
    expect(find(es, 'Quillpad')?.type).not.toBe('place');
  });

  it('types a name inside a comma chain of places going on with "and" ("Ardmore, Kilbeg, Rathcoole and parts of …")', () => {
    const es = entitiesOf(
      `Residents in Ardmore, Kilbeg, Rathcoole and parts of Tallon were told to stay in, officials said. The
      plant in Ardmore burned. A unit went to Rathcoole. Officials in Kilbeg said more.`,
    );
    expect(find(es, 'Rathcoole')?.type).toBe('place');
  });

  it('lends nothing across one comma ("In Ardmore, Farrell said")', () => {
    const es = entitiesOf(
      `The plant in Ardmore burned. In Ardmore, Farrell said the fire was out. Farrell went to Ardmore again.`,
    );
    expect(find(es, 'Farrell')?.type).not.toBe('place');
  });
});

describe('names listed after a plural kind of place', () => {
  it('types them as places, across the list and the words between the kind and "including"', () => {
    const text = `Nearly 110 localities in east Varunapura, including Hoodi, Kadugodi and Brookefield, will go dry.
      Hoodi, Kadugodi and Brookefield get tankers first, said Ana Ruiz.`;
    const es = entitiesOf(text, 'en');
    for (const n of ['Hoodi', 'Kadugodi', 'Brookefield']) expect(find(es, n)?.type).toBe('place');
  });

  it('reads a kind opening the sentence, and leaves one name after "such as" alone', () => {
    const es = entitiesOf(
      `Areas such as Hoodi and Kadugodi are dry. Tankers wait for Kadugodi, said Ana Ruiz.`,
      'en',
    );
    expect(find(es, 'Kadugodi')?.type).toBe('place');
    const one = `The shrub suits coastal regions, such as Velloria found in Spain. Velloria grows fast in pots.`;
    expect(find(entitiesOf(one, 'en'), 'Velloria')?.type).not.toBe('place');
  });

  it('leaves names listed after a kind of body as they were', () => {
    const es = entitiesOf(
      `Tech firms including Kelda and Trune bid, said Ana Ruiz. Kelda and Trune lost.`,
      'en',
    );
    expect(find(es, 'Kelda')?.type).not.toBe('place');
  });
});
