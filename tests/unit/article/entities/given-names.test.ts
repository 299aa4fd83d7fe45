import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
const typeOf = (text: string, name: string): string | undefined => find(entitiesOf(text, 'en'), name)?.type;

describe('a common given name opening a name', () => {
  it('makes a person with no other cue', () => {
    const text = `The title went to Oliver Brask on points over Nate Quillon in Dunmore. Maggie Tarrow and Paddy Orlen
watched from the ring side, where Oliver Brask and Nate Quillon later shook hands.`;
    for (const name of ['Oliver Brask', 'Nate Quillon', 'Maggie Tarrow', 'Paddy Orlen'])
      expect(typeOf(text, name)).toBe('person');
  });
});

describe('given names of French and international news', () => {
  it('make a person with no other cue, in French too', () => {
    const text = `Ousmane Varlet a marqué deux fois devant Kylian Orbec. Mathilde Sorin et Sundar Vell ont salué le
match, où Ousmane Varlet et Kylian Orbec se sont ensuite serré la main.`;
    for (const name of ['Ousmane Varlet', 'Kylian Orbec', 'Mathilde Sorin', 'Sundar Vell'])
      expect(find(entitiesOf(text, 'fr'), name)?.type).toBe('person');
  });
});
