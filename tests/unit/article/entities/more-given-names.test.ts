import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('given names of English and African news', () => {
  it('make a person of a name written once, with no cue around it', () => {
    const es =
      entitiesOf(`The motion, tabled by the chair of the Harbours Committee, Debbie Quennell, would delay the
      plan. Members including Tameka Oyelaran and Chinedu Abara backed it.`);
    for (const name of ['Debbie Quennell', 'Tameka Oyelaran', 'Chinedu Abara'])
      expect(find(es, name)?.type).toBe('person');
  });

  it('make a person of a player named once in a box score line', () => {
    const es = entitiesOf(
      `Jaylen Orrick added 17 points and six assists. Kristaps Velde had 12 points off the bench.`,
    );
    expect(find(es, 'Jaylen Orrick')?.type).toBe('person');
    expect(find(es, 'Kristaps Velde')?.type).toBe('person');
  });
});
