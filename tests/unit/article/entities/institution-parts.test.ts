import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a one-word institution and a body of its own', () => {
  it('keeps the institution apart from its committee, its bare mentions its own', () => {
    const es =
      entitiesOf(`The Senate voted on Tuesday to fund the ferry line. The Senate Harbour Committee had
cleared the bill in May. The Senate then sent it on to the governor, and the Senate adjourned.`);
    expect(find(es, 'Senate')?.count).toBe(3);
    expect(find(es, 'Senate Harbour Committee')?.count).toBe(1);
  });

  it('joins « l’Assemblée » to the one name it opens', () => {
    const es = entitiesOf(
      `L’Assemblée nationale a voté la loi mardi. Le texte revient à l’Assemblée en juin, puis l’Assemblée se prononcera.`,
      'fr',
    );
    expect(find(es, 'Assemblée nationale')?.count).toBe(3);
  });

  it('still joins a head word to the one longer name it opens', () => {
    const es =
      entitiesOf(`The Council of Verrand met on Monday. The Council said fares would rise, and the Council
will vote in May.`);
    expect(find(es, 'Council of Verrand')?.count).toBe(3);
  });
});
