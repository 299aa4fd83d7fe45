import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('French institution names kept whole', () => {
  it('runs a ministry’s name to its last portfolio joined by « et »', () => {
    const es = entitiesOf(
      `Le ministère de l’Enseignement supérieur et de la Recherche a publié la liste.
Hier, le ministère de l’Économie, des Finances et de l’Industrie a répondu.
Le ministère de l’Agriculture et de la Souveraineté alimentaire aussi.`,
      'fr',
    );
    expect(names(es)).toEqual(
      expect.arrayContaining([
        'ministère de l’Enseignement supérieur et de la Recherche',
        'ministère de l’Économie, des Finances et de l’Industrie',
        'ministère de l’Agriculture et de la Souveraineté alimentaire',
      ]),
    );
  });

  it('keeps a ministry apart from the names the sentence lists after it', () => {
    const es = entitiesOf(
      `Le ministère de l’Intérieur, de la Justice, la police et la Croix-Rouge étaient là. Le ministère de la
Culture et la Fnac ont signé. Un accord lie le ministère de la Santé et de la France entière.`,
      'fr',
    );
    expect(names(es)).toEqual(
      expect.arrayContaining([
        'ministère de l’Intérieur',
        'ministère de la Culture',
        'ministère de la Santé',
      ]),
    );
    expect(names(es).some((n) => n.includes('Fnac') && n.startsWith('ministère'))).toBe(false);
  });

  it('reads theatres, laboratories and services as body heads before their place', () => {
    const es = entitiesOf(
      `La pièce est jouée au Théâtre national de Strasbourg. Selon le Laboratoire d’hydrologie de Nancy, la crue
monte, et le Service départemental d’incendie et de secours de l’Isère est intervenu.`,
      'fr',
    );
    expect(names(es)).toEqual(
      expect.arrayContaining([
        'Théâtre national de Strasbourg',
        'Laboratoire d’hydrologie de Nancy',
        'Service départemental d’incendie et de secours de l’Isère',
      ]),
    );
    expect(find(es, 'Strasbourg')).toBeUndefined();
    expect(find(es, 'Nancy')).toBeUndefined();
  });

  it('closes a body on a town that is also a given name, at a line’s end too, not before a surname', () => {
    const es = entitiesOf(
      `Selon le Laboratoire d’hydrologie de Nancy, la crue monte.

Camille Aubert, Laboratoire d’hydrologie de Nancy

Les zones agricoles sont exposées, dit la Fédération française de football de Nancy Martin.`,
      'fr',
    );
    expect(find(es, 'Laboratoire d’hydrologie de Nancy')?.count).toBe(2);
    expect(find(es, 'Laboratoire d’hydrologie')).toBeUndefined();
    expect(find(es, 'Nancy Martin')?.type).toBe('person');
  });

  it('names « université de Tours » whole, and the town alone where the text names it alone', () => {
    const es = entitiesOf(
      `Elle enseigne à l’université de Tours depuis 2010. Elle vit à Tours, et Tours lui plaît. Le centre de
Tours est calme.`,
      'fr',
    );
    expect(find(es, 'université de Tours')?.type).toBe('organization');
    expect(find(es, 'Tours')?.type).toBe('place');
    expect(names(es).some((n) => n.startsWith('centre'))).toBe(false);
  });

  it('types a name after « collectif » or « association » as an organisation', () => {
    const es = entitiesOf(
      `Le collectif Montclar-Fontaines organise une fête. Selon l’association Saint-Éloi, quarante familles sont
aidées. Le collectif Montclar-Fontaines demande des bancs et l’association Saint-Éloi des locaux.`,
      'fr',
    );
    expect(find(es, 'Montclar-Fontaines')?.type).toBe('organization');
    expect(find(es, 'Saint-Éloi')?.type).toBe('organization');
  });
});
