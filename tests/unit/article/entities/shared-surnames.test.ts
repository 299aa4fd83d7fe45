import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a surname two people of the article share', () => {
  it('is a person, though it stays apart from both', () => {
    const es = entitiesOf(
      'The officer stopped Mark Castellane near the bridge. His sister, Lucy Castellane, filmed it. Prosecutors said Castellane was unarmed, and a witness said Castellane had raised his hands.',
    );
    expect(find(es, 'Castellane')?.type).toBe('person');
  });

  it('leaves a word that is no one’s surname as it was', () => {
    const es = entitiesOf(
      'Mark Castellane and Lucy Castellane live in Dunmore. Officials in Dunmore said the Dunmore council would meet.',
    );
    expect(find(es, 'Dunmore')?.type).not.toBe('person');
  });
});
