import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
const typeOf = (text: string, name: string): string | undefined => find(entitiesOf(text, 'en'), name)?.type;

describe('a city of two words and a plural', () => {
  it('names a side, not a place', () => {
    const text = `The Los Angeles Lakers signed a new guard on Monday. Fans of the Los Angeles Lakers queued for
      tickets in Los Angeles.`;
    expect(typeOf(text, 'Los Angeles Lakers')).toBe('organization');
    expect(typeOf(text, 'Los Angeles')).toBe('place');
  });

  it('keeps a place closed by a place word', () => {
    const text = `Storms hit the New York Islands on Monday. Ferries to the New York Islands stopped.`;
    expect(typeOf(text, 'New York Islands')).not.toBe('organization');
  });
});
