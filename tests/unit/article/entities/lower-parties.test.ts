import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a party written with "party" in lower case', () => {
  it('is named whole after its adjectives', () => {
    const text = `Mara Venn of the Progressive Reformist party faces an election. The Northland Nationalist party
    has struggled since the vote, and the Radical Agrarian party was founded last year.`;
    const es = entitiesOf(text);
    expect(find(es, 'Progressive Reformist party')?.type).toBe('organization');
    expect(names(es)).toContain('Northland Nationalist party');
    expect(names(es)).toContain('Radical Agrarian party');
    expect(names(es)).not.toContain('Progressive Reformist');
  });

  it('leaves a people, an occasion or a person before "party" alone', () => {
    const text = `Dara Venn said an American party would never win there. The Christmas party at Harlow was
    cancelled, and the Jones party left early.`;
    const shown = names(entitiesOf(text));
    expect(shown.some((n) => n.endsWith('party'))).toBe(false);
  });
});
