import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
const typeOf = (text: string, name: string, lang = 'en'): string | undefined =>
  find(entitiesOf(text, lang), name)?.type;

describe('a full name that speaks', () => {
  it('is a person when « elle » or "she" reports its words next', () => {
    const fr = `La boutique de Nadwa Vellin ferme ses portes. « On a tenu vingt ans », a-t-elle expliqué mardi.`;
    expect(typeOf(fr, 'Nadwa Vellin', 'fr')).toBe('person');
    const en = `The shop run by Tamsa Orrick closes on Friday. "We held on for twenty years," she said.`;
    expect(typeOf(en, 'Tamsa Orrick')).toBe('person');
  });

  it('says nothing when another full name could be the speaker, or of a plural', () => {
    const two = `Tamsa Orrick met Delph Ranwick at the shop. "We held on for twenty years," she said.`;
    expect(typeOf(two, 'Tamsa Orrick')).not.toBe('person');
    const plural = `Land held by Forest Peoples stores carbon. "It works," she said.`;
    expect(typeOf(plural, 'Forest Peoples')).not.toBe('person');
  });
});
