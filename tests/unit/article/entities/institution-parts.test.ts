import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a one-word institution beside a longer name it opens', () => {
  it('stays apart from its own committee', () => {
    const text = `The Senate on Thursday passed the ferry bill, Jo Reed said. Ted Budd, of the Senate Harbors Committee,
agreed. Budd said on the Senate floor that it was good.`;
    const shown = names(entitiesOf(text));
    expect(shown).toContain('Senate');
    expect(shown).toContain('Senate Harbors Committee');
  });

  it('still stands for the one name it is short for', () => {
    const text = `L’Assemblée nationale a voté le texte. L’Assemblée a ensuite levé la séance, dit Paul Roux.`;
    expect(find(entitiesOf(text, 'fr'), 'Assemblée')?.text).toBe('Assemblée nationale');
  });
});
