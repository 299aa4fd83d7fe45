import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a full name opening a sentence, its given name unknown', () => {
  it('keeps the given name ("Tavo Ferrandiz" then "Ferrandiz")', () => {
    const es =
      entitiesOf(`Tavo Ferrandiz praised his goalkeeper after the draw on Sunday. "We were tired," said
      Ferrandiz, whose side play again on Wednesday. The club said Ferrandiz would rest two players.`);
    const coach = find(es, 'Tavo Ferrandiz');
    expect(coach?.variants).toContain('Ferrandiz');
    expect(coach?.type).toBe('person');
  });

  it('drops a verb, an adverb or a preposition before a name', () => {
    const shown = names(
      entitiesOf(`Getting Ferrandiz back was the aim. Meets Ferrandiz on Fridays. Beside Emily the crowd sang for
      Emily and Ferrandiz; later Emily left, and Ferrandiz stayed.`),
    );
    expect(shown).not.toContain('Getting Ferrandiz');
    expect(shown).not.toContain('Meets Ferrandiz');
    expect(shown).not.toContain('Beside Emily');
  });
});

describe('a word opening a sentence before a known place or people', () => {
  it('is no given name ("Top Belarus", "Three Russian")', () => {
    const shown = names(
      entitiesOf(`Top Belarus officials met on Monday. Officials from Belarus and Russia spoke, and Belarus agreed.
      Three Russian firms bid; Russian banks and Russian officials were in Belarus.`),
    );
    expect(shown).not.toContain('Top Belarus');
    expect(shown).not.toContain('Three Russian');
  });
});

describe('an unknown given name before "Singh" or "Kaur"', () => {
  it('opens the full name at a sentence start and in the title ("Dilbagh Singh Gahunia", then "Gahunia")', () => {
    const es = entitiesOf(
      `Dilbagh Singh Gahunia, the hockey coach who trained two Olympic squads, has died. His nephew, Amrik
      Gahunia, said he had been ill. Gahunia retired in 1999, and Gahunia still coached juniors until 2020.
      Mandeep Kaur Brar said he never missed a session.`,
      'en',
      'Dilbagh Singh Gahunia (1941–2026): the coach who never missed a session',
    );
    const coach = find(es, 'Dilbagh Singh Gahunia');
    expect(coach?.type).toBe('person');
    expect(coach?.variants).toContain('Gahunia');
    expect(find(es, 'Mandeep Kaur Brar')).toBeDefined();
    expect(names(es)).not.toContain('Singh Gahunia');
  });

  it('keeps "Singh" alone a surname and drops an opener before a plain surname', () => {
    const shown = names(
      entitiesOf('Getting Ferrandiz back was hard. Ferrandiz and Ferrandiz. Anil Singh said no.'),
    );
    expect(shown).toContain('Anil Singh');
    expect(shown).not.toContain('Getting Ferrandiz');
  });
});
