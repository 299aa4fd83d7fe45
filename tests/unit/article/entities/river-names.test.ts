import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
const typeOf = (text: string, name: string): string | undefined => find(entitiesOf(text, 'en'), name)?.type;

describe('a river named in full, then by its own word', () => {
  it('makes a place of "the X" when the text names "X River", though a club opens with the word too', () => {
    const text = `Ada Voss, who coached rowers on the Kelda River for years, died. She joined the Kelda Rowing Club in
      1957. She led dawn sessions on the Kelda below the bridge, and the Kelda froze twice, said Ana Ruiz.`;
    expect(typeOf(text, 'Kelda')).toBe('place');
    expect(typeOf(text, 'Kelda Rowing Club')).toBe('organization');
  });

  it('leaves a word never written after "the" as it was', () => {
    const text = `Kelda Voss rowed on the Kelda River. Ana Ruiz said Kelda was fast, and Kelda agreed.`;
    expect(typeOf(text, 'Kelda')).not.toBe('place');
  });
});
