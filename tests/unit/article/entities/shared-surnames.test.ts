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

describe('a surname with a particle that the title’s subject shares with relatives', () => {
  const text = `When her first book appeared, Oonagh de Vrána wrote to the paper. De Vrána, who has died aged 90, wrote
eight novels. Born the child of a baker, Patrick de Vrána, she was educated in Sligo. A director said last week that
de Vrána was fearless. She is survived by her brother, Ciarán de Vrána.`;

  it('joins the title’s full name, though its given name is unknown, and makes it a person', () => {
    const es = entitiesOf(text, 'en', 'Oonagh de Vrána, 1936–2026');
    const subject = find(es, 'Oonagh de Vrána');
    expect(subject?.variants).toContain('Vrána');
    expect(subject?.type).toBe('person');
    expect(find(es, 'Patrick de Vrána')?.variants).not.toContain('Vrána');
  });

  it('stays apart when the title names none of the family', () => {
    const es = entitiesOf(text, 'en', 'A novelist of the west, 1936–2026');
    expect(find(es, 'Oonagh de Vrána')?.variants ?? []).not.toContain('Vrána');
  });
});
