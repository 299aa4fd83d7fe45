import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('a building named after a person, its kind written before it', () => {
  it('is no person: « piscine Jean-Bouin », « gymnase Paul-Éluard »', () => {
    const es = entitiesOf(
      `La piscine Léon-Marchal est fermée depuis un an, et le gymnase Paul-Varenne aussi. Les élèves vont
désormais à la piscine Léon-Marchal de Mont, rénovée, et le gymnase Paul-Varenne attend ses travaux, a dit
la maire, Anne Roux.`,
      'fr',
    );
    expect(find(es, 'Léon-Marchal')?.type).not.toBe('person');
    expect(find(es, 'Paul-Varenne')?.type).not.toBe('person');
    expect(find(es, 'Anne Roux')?.type).toBe('person');
  });
});

describe('a place named after a titled person, its kind written after it', () => {
  it('is a place: "Dr K.R. Varma Talpur district"', () => {
    const es = entitiesOf(`Rain hit Dr K.R. Varma Talpur district on Monday, and officials said Talpur would
      stay on alert. Red alert for Orvane, Besta and Talpur districts, said Dana Pruitt.`);
    expect(find(es, 'K.R. Varma Talpur')?.type).toBe('place');
  });

  it('keeps a titled person whose name has no place kind after it', () => {
    const es =
      entitiesOf(`Dr K.R. Varma visited the Talpur district on Monday, and Varma said help would come,
      said Dana Pruitt.`);
    expect(find(es, 'K.R. Varma')?.type).toBe('person');
  });
});
