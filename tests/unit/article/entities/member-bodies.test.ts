import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
const typeOf = (text: string, name: string): string | undefined => find(entitiesOf(text, 'en'), name)?.type;

describe('a body whose members the text counts or that it calls a group', () => {
  it('is an organisation, though a person is listed with it under a quote', () => {
    const text = `Prices doubled, said Anita Rao, secretary of the Kelbrook Rising citizens' group. Tanker mafias profit, she said.

Anita Rao, Kelbrook Rising

Kelbrook Rising wants a meeting.`;
    expect(typeOf(text, 'Kelbrook Rising')).toBe('organization');
    expect(typeOf(text, 'Anita Rao')).toBe('person');
  });

  it('reads "a member of X" and "X, a residents\u2019 group"', () => {
    expect(
      typeOf(
        `Ana Ruiz, a member of Kelbrook Rising, spoke. Kelbrook Rising wants a meeting.`,
        'Kelbrook Rising',
      ),
    ).toBe('organization');
    const called = `The plan was backed by Kelbrook Rising, a residents’ group. Kelbrook Rising wants a meeting.`;
    expect(typeOf(called, 'Kelbrook Rising')).toBe('organization');
  });

  it('leaves a family and a person named with a given name as they are', () => {
    const family = `She is a member of the Kennedy family, said Ana Ruiz. Kennedy was proud of her.`;
    expect(typeOf(family, 'Kennedy')).not.toBe('organization');
    const person = `Ana Ruiz, a member since 2019, said the campaign group grew. Ana Ruiz leads it.`;
    expect(typeOf(person, 'Ana Ruiz')).toBe('person');
    const honour = `Ana Ruiz was made a member of the Order of Kelvia in 1999. The Order of Kelvia honours service.`;
    expect(typeOf(honour, 'Order of Kelvia')).not.toBe('organization');
  });

  it('makes no body of a people’s word, nor of a competition before its group games', () => {
    const people = `It was a Russian disinformation campaign, and the French artist collective left. The French stayed.`;
    expect(typeOf(people, 'French')).not.toBe('organization');
    const games = `They play Kelso Nations League group games soon. The Kelso Nations League starts in June.`;
    expect(typeOf(games, 'Kelso Nations League')).not.toBe('organization');
    const numbered = `Austria won their Kelso Trophy group four qualifier. The Kelso Trophy resumes in May.`;
    expect(typeOf(numbered, 'Kelso Trophy')).not.toBe('organization');
  });
});
