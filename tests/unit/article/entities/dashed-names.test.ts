import { describe, expect, it } from 'vitest';
import { entitiesOf, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('two surnames joined by an en dash', () => {
  it('make one name when neither is written alone', () => {
    const es = entitiesOf(`The model minimises the Brandt–Okafor divergence between two maps, said Ada Brun. A
small Brandt–Okafor divergence means the maps agree, Brun added.`);
    expect(names(es)).toContain('Brandt–Okafor');
    expect(names(es)).not.toContain('Brandt');
    expect(names(es)).not.toContain('Okafor');
  });

  it('stay two names when one is written alone, or when spaces surround the dash', () => {
    const es =
      entitiesOf(`The Lisbon–Madrid line reopened, and Lisbon welcomed it; Madrid did too. The Lisbon–Madrid
trains are full. Ada Brun – Late Again is her new film; Ada Brun said so.`);
    expect(names(es)).toContain('Lisbon');
    expect(names(es)).not.toContain('Lisbon–Madrid');
    expect(names(es)).not.toContain('Ada Brun – Late');
  });
});
