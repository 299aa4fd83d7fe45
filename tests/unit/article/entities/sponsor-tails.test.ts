import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('an event named with a hyphenated sponsor or destination tail (sponsor-tails.ts)', () => {
  it('joins the name with its tail to the same name written alone', () => {
    const es = entitiesOf(
      `Elle a fini quatrième de la Transat des Alizés-Destination Martinique, à Fort-de-France. La Transat des Alizés
reste sa course préférée, et la Transat des Alizés l’attend encore en 2028, dit Léa Morvan.`,
      'fr',
    );
    expect(find(es, 'Transat des Alizés')?.variants).toContain('Transat des Alizés-Destination Martinique');
    expect(find(es, 'Transat des Alizés')?.count).toBe(3);
  });

  it('keeps a known place and a one-word name apart from the names their tails make', () => {
    const es = entitiesOf(
      `Doctors at New York-Presbyterian said New York had few beds left. The Renault-Nissan alliance met on Monday;
Renault said the talks went well, and Renault will report on Friday.`,
    );
    expect(find(es, 'New York')?.text).toBe('New York');
    expect(find(es, 'New York')?.variants ?? []).not.toContain('New York-Presbyterian');
    expect(find(es, 'Renault')?.variants ?? []).not.toContain('Renault-Nissan');
  });
});
