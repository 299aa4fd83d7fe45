import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
const typeOf = (text: string, name: string): string | undefined => find(entitiesOf(text, 'en'), name)?.type;

describe('the last word on types, after the layout', () => {
  it('makes no person of a band closed by dotted letters, though listed with people', () => {
    const text = `Past winners include Ada Crane, Tom Vell, Harbour D.C. and Mira Lodge. Ada Crane said the prize
      changed her life, and Harbour D.C. will play the ceremony.`;
    expect(typeOf(text, 'Harbour D.C.')).not.toBe('person');
    expect(typeOf(text, 'Ada Crane')).toBe('person');
  });

  it('makes no place of a moon listed with places', () => {
    const text = `The probe will fly past Mars, Ganymede and Callisto before it reaches orbit. Ganymede is the
      largest moon, and Callisto is the most cratered; astronomers at the Vessa Institute in Ohio, Texas and Utah
      will watch Ganymede.`;
    expect(typeOf(text, 'Ganymede')).toBe('other');
    expect(typeOf(text, 'Ohio')).toBe('place');
  });

  it('makes a body of a party word, never a person, and keeps the people beside it', () => {
    // A role closing the line above ("Industry Minister") had made a person of the party word after it.
    const text = `The vote split the Conservative caucus. "Today, Parliament said enough."

Ada Crane, Industry Minister

Conservative critic Rob Tallis voted against. Conservative Leader Dana Morrow stayed away. But Conservative MP Ines
Varga said the Conservatives must unite.`;
    expect(typeOf(text, 'Conservative')).toBe('organization');
    expect(typeOf(text, 'Rob Tallis')).toBe('person');
  });

  it('makes a place of a venue, though a given name opens it, and keeps a surname that is a venue word', () => {
    const text = `Emma Doyle won the sprint at Lee Valley VeloPark on Friday. Tom Reyes set a record at
      Grant Ridge Stadium, and Lee Valley Park hosts the final. Nick Park, the animator, watched. Lee Valley VeloPark
      sold out.`;
    expect(typeOf(text, 'Lee Valley VeloPark')).toBe('place');
    expect(typeOf(text, 'Grant Ridge Stadium')).toBe('place');
    expect(typeOf(text, 'Lee Valley Park')).toBe('place');
    expect(typeOf(text, 'Nick Park')).toBe('person');
    expect(typeOf(text, 'Emma Doyle')).toBe('person');
  });

  it('makes no place of a colour word naming people', () => {
    const text = `Researchers at the Harlow Institute found the drop was steepest among Black and rural patients.
      The gap was widest in Black and rural communities, said Ada Crane.`;
    expect(typeOf(text, 'Black')).not.toBe('place');
  });
});
