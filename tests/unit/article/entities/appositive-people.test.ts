import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
const typeOf = (text: string, name: string): string | undefined => find(entitiesOf(text), name)?.type;

describe('a name set off by commas', () => {
  it('is a person after a role', () => {
    expect(typeOf(`The festival’s chief executive, Tamsin Orrell, opened the gala.`, 'Tamsin Orrell')).toBe(
      'person',
    );
  });

  it('is a person before a reporting verb', () => {
    expect(
      typeOf(`The head of the agency, Ingvild Sarrow, told delegates the gap was large.`, 'Ingvild Sarrow'),
    ).toBe('person');
  });

  it('leaves a body in apposition a body', () => {
    expect(typeOf(`Its parent company, Harwick Holdings, said profit fell.`, 'Harwick Holdings')).not.toBe(
      'person',
    );
  });
});
