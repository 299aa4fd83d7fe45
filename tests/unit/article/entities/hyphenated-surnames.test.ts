import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a hyphenated surname opened by a saint’s title', () => {
  it('types the person, though "St" opens places’ names and the party goes by its leader’s initials', () => {
    const es =
      entitiesOf(`The party's leader, Paul St-Laurent Brisebois (PSLB), thanked voters in Trois-Rivières.
      St-Laurent Brisebois said a new vote would follow. St-Laurent Brisebois won 60 seats. "We owe them," St-Laurent
      Brisebois added, as Marie Tremblay looked on.`);
    expect(find(es, 'Paul St-Laurent Brisebois')?.type).toBe('person');
  });

  it('keeps a body whose word is hyphenated to a name a body', () => {
    const es = entitiesOf('Das Robert Koch-Institut meldet neue Fälle, sagte Anna Schmidt am Montag.', 'de');
    expect(find(es, 'Robert Koch-Institut')?.type).toBe('organization');
  });

  it('keeps a saint’s hyphenated place a place', () => {
    const es = entitiesOf('Crews reached Saint-Jérôme on Monday after the storm, said Marie Tremblay.');
    expect(find(es, 'Saint-Jérôme')?.type).toBe('place');
  });
});
