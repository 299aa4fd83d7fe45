import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a government named by its adjective', () => {
  it('names the region « le gouvernement québécois » governs', () => {
    const es = entitiesOf(
      `Le gouvernement québécois a relevé lundi les tarifs, selon Anne Morel. À Montréal, des commerçants protestent.`,
      'fr',
    );
    expect(find(es, 'Québec')?.type).toBe('place');
  });

  it('joins « l’exécutif bavarois » to the region written with its capital', () => {
    const es = entitiesOf(
      `L'exécutif bavarois a lancé un appel. En Bavière, les usines ferment, selon Anne Morel.`,
      'fr',
    );
    expect(find(es, 'Bavière')?.count).toBe(2);
  });

  it('leaves an adjective after another noun alone', () => {
    const es = entitiesOf(`Le fromage québécois a séduit les visiteurs, selon Anne Morel.`, 'fr');
    expect(find(es, 'Québec')).toBeUndefined();
  });
});
