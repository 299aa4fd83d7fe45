import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
const typeOf = (text: string, name: string): string | undefined => find(entitiesOf(text, 'en'), name)?.type;

describe('a name made of places, directions and peoples', () => {
  it('is no person, though a role and a comma stand before it', () => {
    const text = `"We are growing fast," said Dana Holt, Group President, Asia Pacific, Velmar Hotels. Asia Pacific
      now has 40 hotels, Dana Holt said.`;
    expect(typeOf(text, 'Asia Pacific')).not.toBe('person');
    expect(typeOf(text, 'Dana Holt')).toBe('person');
  });

  it('is no person when a faith opens it, though the text writes the faith alone too', () => {
    const text = `Much of white Christian America fears change, Ada Voss wrote. Christian America votes in November;
      Christian voters lean right.`;
    expect(typeOf(text, 'Christian America')).not.toBe('person');
  });

  it('keeps a person whose given name is a place', () => {
    const text = `Jordan Henderson said the team was ready. Jordan Henderson, 34, will captain the side.`;
    expect(typeOf(text, 'Jordan Henderson')).toBe('person');
  });
});
