import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('« les Vingt-Sept »', () => {
  it('is the European Union, shown by its name', () => {
    const es = entitiesOf(
      `Les Vingt-Sept ont trouvé un accord à Bruxelles. L’Union européenne (UE) financera la défense. Les Vingt-Sept ont aussi prolongé les sanctions.`,
      'fr',
    );
    expect(names(es)).toContain('Union européenne');
    expect(find(es, 'Union européenne')?.variants).toContain('Vingt-Sept');
  });

  it('leaves a number opening a sentence alone', () => {
    const es = entitiesOf(`Vingt-sept personnes ont été blessées. L’Union européenne a réagi.`, 'fr');
    expect(find(es, 'Union européenne')?.variants ?? []).not.toContain('Vingt-sept');
  });
});
