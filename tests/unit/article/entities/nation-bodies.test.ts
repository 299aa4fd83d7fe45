import { describe, expect, it } from 'vitest';
import { namesNationBody } from '@/utils/article/entities/nation-bodies';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
const typeOf = (text: string, name: string): string | undefined => find(entitiesOf(text, 'en'), name)?.type;

describe('a First Nation or a nation named with its place and people', () => {
  it('is a body', () => {
    const text = `Residents of Birch Narrows First Nation say they do not consent. Members of Kesto Lake Ojibway Nation
      voted. Chiefs of Birch Narrows First Nation want a say, and Kesto Lake Ojibway Nation gave consent.`;
    expect(typeOf(text, 'Birch Narrows First Nation')).toBe('organization');
    expect(typeOf(text, 'Kesto Lake Ojibway Nation')).toBe('organization');
  });

  it('leaves an epithet of two words and the United Nations alone', () => {
    expect(namesNationBody('rainbow nation')).toBe(false);
    expect(namesNationBody('united nations')).toBe(false);
    expect(namesNationBody('assembly of first nations')).toBe(true);
  });
});

describe('a chain or a chamber', () => {
  it('is a body: the chain by its stores, the chamber by its name', () => {
    const text = `Hundreds of Boxley stores closed this year. Boxley said rents rose. The House of Commons passed
      the bill, and the House of Commons will sit again.`;
    expect(typeOf(text, 'Boxley')).toBe('organization');
    expect(typeOf(text, 'House of Commons')).toBe('organization');
  });
});
