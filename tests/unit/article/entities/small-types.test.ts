import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
const typeOf = (text: string, name: string, lang = 'en'): string | undefined =>
  find(entitiesOf(text, lang), name)?.type;

describe('a name opened by an ordinal', () => {
  it('is no person, though shaped like one and cued like one', () => {
    const text = `Second Symphony, 34 minutes long, said little. His Second Symphony is loved.`;
    expect(typeOf(text, 'Second Symphony')).not.toBe('person');
    const reich = `The Third Reich said nothing. Third Reich officials fled; the Third Reich fell.`;
    expect(typeOf(reich, 'Third Reich')).not.toBe('person');
  });

  it('leaves a person named after a title that is also an ordinal', () => {
    const text = `Premier Wendy Garrick said on Monday that taxes would fall. Premier Wendy Garrick, 54, spoke in
      the chamber, and Garrick took questions.`;
    expect(typeOf(text, 'Wendy Garrick')).toBe('person');
  });
});

describe('a direction word opening a name', () => {
  it('makes no place of a name whose rest is no place', () => {
    const text = `Sud Ptt said it would strike. The union Sud Ptt called on members; Sud Ptt has 20,000 members.`;
    expect(typeOf(text, 'Sud Ptt')).not.toBe('place');
  });

  it('keeps places whose rest is a place, a place word or a part of the world', () => {
    const text = `Talks resumed as Northern Ireland voted. North Korea fired a missile. South Africa won the match.
      The storm reached the West Coast. Explorers left for the North Pole.`;
    for (const n of ['Northern Ireland', 'North Korea', 'South Africa', 'West Coast', 'North Pole'])
      expect(typeOf(text, n), n).toBe('place');
    expect(
      typeOf(
        `Les orages touchent le Sud-Ouest depuis lundi, et le Sud-Ouest attend la pluie.`,
        'Sud-Ouest',
        'fr',
      ),
    ).toBe('place');
  });

  it('keeps a French place name that a hyphen joins to its direction', () => {
    const text = `Les guides ont atteint le Grand-Talus à midi. Le Grand-Talus reste enneigé, comme la Haute-Varenne.`;
    expect(typeOf(text, 'Grand-Talus', 'fr')).toBe('place');
  });

  it('keeps a place that its mentions set somewhere', () => {
    const text = `Farms in South Dorrow flooded. Roads near South Dorrow closed on Tuesday.`;
    expect(typeOf(text, 'South Dorrow')).toBe('place');
  });
});

describe('a country in brackets after a name', () => {
  it('is no person cue for a club named with ordinary or club words', () => {
    const text = `Final standings: Alan Smith (Britain) 10.2, Marco Rossi (Italy) 10.4. Cup: Red Star (Yugoslavia)
      12 points, Blue Rovers (Ireland) 9 points.`;
    expect(typeOf(text, 'Red Star')).not.toBe('person');
  });

  it('still cues a person-shaped name', () => {
    const text = `Final standings: Alan Smith (Britain) 10.2, Marco Rossi (Italy) 10.4, Jorvan Kettle (Norway) 11.1.`;
    expect(typeOf(text, 'Jorvan Kettle')).toBe('person');
  });
});

describe('the words that set a name somewhere', () => {
  it('reads French « à », not the English article "a" it folds to', () => {
    const english = `A Dorvak-led faction met on Monday. Later a Dorvak aide said the vote would wait.`;
    expect(typeOf(english, 'Dorvak')).not.toBe('place');
    expect(typeOf(`Il vit à Marvejac depuis dix ans. Il est né à Marvejac.`, 'Marvejac', 'fr')).toBe('place');
    expect(typeOf(`He lives in Marvejac. He was born in Marvejac.`, 'Marvejac')).toBe('place');
  });
});

describe('company words of food and consumer goods makers', () => {
  it('types "Brands", "Foods" and "Bakery" names as organisations, not people', () => {
    const es = entitiesOf(
      'Shares of Marrow Brands fell after Dunmore Foods cut prices. Marrow Brands also owns Kettleby Bakery.',
    );
    expect(find(es, 'Marrow Brands')?.type).toBe('organization');
    expect(find(es, 'Dunmore Foods')?.type).toBe('organization');
    expect(find(es, 'Kettleby Bakery')?.type).toBe('organization');
  });
});

describe('an acronym glued to a short number', () => {
  it('names a meeting or an index, not a product', () => {
    const text = `Ministers will meet at COP41 in Harrow. COP41 follows the talks of last year.`;
    expect(typeOf(text, 'COP41')).not.toBe('product');
  });

  it('leaves a model written with a long number a product', () => {
    const text = `The Vextra ZR 4090 card is fast. Buyers want the Vextra ZR 4090 for games.`;
    expect(typeOf(text, 'Vextra ZR 4090')).toBe('product');
  });
});

describe('a medium and its field or place', () => {
  it('is an organisation, though a place opens it', () => {
    const text = `The trial was published in the New Harrow Journal of Surgery. The New Harrow Journal of Surgery is read widely.`;
    expect(typeOf(text, 'New Harrow Journal of Surgery')).toBe('organization');
  });
});

describe('an Indian state', () => {
  it('is a place by its last word', () => {
    const text = `The lender opened branches across Vindhya Pradesh. Vindhya Pradesh grew fastest.`;
    expect(typeOf(text, 'Vindhya Pradesh')).toBe('place');
  });
});
