import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
const typeOf = (text: string, name: string): string | undefined => find(entitiesOf(text, 'en'), name)?.type;

describe('a place word around a name shaped like a person’s', () => {
  it('makes a place of it', () => {
    const town = `A bomb exploded in a market in the coastal town of Bou Keltan, 60 km from the capital, police said.
Bou Keltan has had three such attacks this year.`;
    expect(typeOf(town, 'Bou Keltan')).toBe('place');
    const region = `Talks on the disputed Varno-Kessak region resumed in Geneva. Varno-Kessak has its own parliament.`;
    expect(typeOf(region, 'Varno-Kessak')).toBe('place');
    const towns = `Miners came to work in the mining towns of Orvelsk and Tamrin. Orvelsk is the larger of the two.`;
    expect(typeOf(towns, 'Orvelsk')).toBe('place');
  });

  it('leaves a given name, a count or a state title alone', () => {
    const given = `Officials of the town of Mary Lennox, a suburb, met on Monday. Mary Lennox said she would attend.`;
    expect(typeOf(given, 'Mary Lennox')).not.toBe('place');
    const count = `Le comte de Casa Varela est nommé capitaine-général. Le comte de Casa Varela part demain.`;
    expect(find(entitiesOf(count, 'fr'), 'Casa Varela')?.type).not.toBe('place');
    const title = `Ana Patton won the 200 yard Individual Medley state title. Her Individual Medley time was a record.`;
    expect(typeOf(title, 'Individual Medley')).not.toBe('place');
  });
});
