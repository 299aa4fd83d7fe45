import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a clip of lower-case words the text writes', () => {
  it('is a common noun’s short form: « Cat Nat » for « catastrophes naturelles »', () => {
    const es = entitiesOf(
      `Le régime des catastrophes naturelles change, a dit Léa Marin. Mesure phare : la surprime « Cat Nat »
      monte de 2 euros chez Norvia, selon Léa Marin.`,
      'fr',
    );
    expect(find(es, 'Cat Nat')).toBeUndefined();
    expect(find(es, 'Léa Marin')).toBeDefined();
  });

  it('keeps a clipped name the text never writes in lower case', () => {
    const es = entitiesOf(
      `The Lib Dems voted against, said Ada Kell. The Lib Dems lost two seats in Tarvik.`,
    );
    expect(find(es, 'Lib Dems')).toBeDefined();
  });
});
