import { describe, expect, it } from 'vitest';
import { ranksFrenchBody } from '@/utils/article/entities/french-bodies';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('mountains named by a head word that opens given names', () => {
  it('types "Ben X" a place after a climbing cue in a text about mountains', () => {
    const es = entitiesOf(
      `Two climbers were caught by an avalanche on Ben Corrach on Monday. Rescue teams reached the north face of Ben
Corrach by noon. The mountain stays closed, and other climbers were told to wait for the ridge to clear.`,
    );
    expect(find(es, 'Ben Corrach')?.type).toBe('place');
  });

  it('keeps a person named so, said to speak, or outside a text about mountains', () => {
    const speaking = entitiesOf(
      `Ben Hallam said the avalanche risk was high on the mountain. Climbers were warned, and the pressure on Ben
Hallam grew, Ben Hallam added.`,
    );
    expect(find(speaking, 'Ben Hallam')?.type).toBe('person');
    const cricket = entitiesOf(
      `England rely on Ben Hallam this summer. The selectors met Ben Hallam on Monday and Ben Hallam agreed to
captain the side.`,
    );
    expect(find(cricket, 'Ben Hallam')?.type).not.toBe('place');
  });
});

describe('regions and towns by the words around them', () => {
  it('types a name after "across the" a place, not a lower-case phrase', () => {
    const es = entitiesOf(
      `A warning for snow is in force across the Carrowlands until Tuesday. Schools across the Carrowlands will open
late, the council said.`,
    );
    expect(find(es, 'Carrowlands')?.type).toBe('place');
  });

  it('types towns after "outside" and a pair after "in" places', () => {
    const es = entitiesOf(
      `Residents in Dunmorra and Kilbrack are worried about night trains. The crossing outside Dunmorra is busy.
Trains will pass Kilbrack and Dunmorra at night, and Kilbrack has no bridge.`,
    );
    expect(find(es, 'Dunmorra')?.type).toBe('place');
    expect(find(es, 'Kilbrack')?.type).toBe('place');
  });

  it('types a French town with its kind in apposition a place', () => {
    const es = entitiesOf(
      `Le parc de Vaudrenil fermera six mois. À Vaudrenil, commune de 900 habitants, les commerçants s’inquiètent.
Les commerçants de Vaudrenil attendent la réouverture.`,
      'fr',
    );
    expect(find(es, 'Vaudrenil')?.type).toBe('place');
  });

  it('types a French department named by one word a place', () => {
    const es = entitiesOf(
      `Les chercheurs ont fouillé des tombes du Morbihan et du Finistère. Les tombes du Morbihan sont les plus
anciennes, selon l’étude.`,
      'fr',
    );
    expect(find(es, 'Morbihan')?.type).toBe('place');
  });
});

describe('French bodies by their head and rank', () => {
  it('reads a head and a lower-case adjective of rank as a body', () => {
    expect(ranksFrenchBody('Théâtre national de la danse')).toBe(true);
    expect(ranksFrenchBody('Direction régionale des affaires culturelles')).toBe(true);
    expect(ranksFrenchBody('Conservatoire national supérieur de musique et de danse de Paris')).toBe(true);
    expect(ranksFrenchBody('Théâtre des Célestins')).toBe(false);
    expect(ranksFrenchBody('Jean national')).toBe(false);
    expect(ranksFrenchBody('Opéra')).toBe(false);
  });

  it('types such bodies organisations, though a place closes the name', () => {
    const es = entitiesOf(
      `La pièce a été créée au Conservatoire national supérieur de musique de Brévanne. Le Théâtre national de
Valmoré la reprend en mars, avec l’aide de la Direction régionale des affaires culturelles.`,
      'fr',
    );
    expect(find(es, 'Conservatoire national supérieur de musique de Brévanne')?.type).toBe('organization');
    expect(find(es, 'Théâtre national de Valmoré')?.type).toBe('organization');
    expect(find(es, 'Direction régionale des affaires culturelles')?.type).toBe('organization');
  });
});

describe('people and works a reader sees wrong', () => {
  it('types a full name with a South Asian given name a person', () => {
    const es = entitiesOf(
      `She has danced at the Kennedy Center and toured with Akram Bose's company in London. With Akram she learned
about silence.`,
    );
    expect(find(es, 'Akram Bose')?.type).toBe('person');
  });

  it('types a one-word given name styled by a title a person, and no place listed before it', () => {
    const es = entitiesOf(
      `On a grey morning at the fair on Harrow Creek, Diana, Princess of Wales, stepped out in a red raincoat. The
coat Diana wore was made in Harrow Creek.`,
    );
    expect(find(es, 'Diana')?.type).toBe('person');
    expect(find(es, 'Harrow Creek')?.type).not.toBe('person');
  });

  it('reads a full name quoted at each of its mentions as a work, its surname alone still the character', () => {
    const es = entitiesOf(
      `The sea is never far in Holst's "Tom Wexley." The chorus cries "Tom Wexley!" from the back. Wexley, a fisherman,
is blamed. "Tom Wexley" runs through May.`,
    );
    expect(find(es, 'Tom Wexley')?.type).not.toBe('person');
    const person = entitiesOf(`Tom Wexley said the plan worked. "It will last," Tom Wexley added.`);
    expect(find(person, 'Tom Wexley')?.type).toBe('person');
  });

  it('types a line and a model glued to its digit a product, not a road or a group', () => {
    const es = entitiesOf(
      `The Harlan Vantage Pro2 is the benchmark. Owners of a Harlan Vantage Pro2 rarely switch, and the Vantage Pro2
lasts. Traffic on the Route A1 was heavy; the Route A1 reopened.`,
    );
    expect(find(es, 'Harlan Vantage Pro2')?.type).toBe('product');
    expect(find(es, 'Route A1')?.type).not.toBe('product');
  });
});
