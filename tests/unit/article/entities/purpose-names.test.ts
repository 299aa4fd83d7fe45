import { describe, expect, it } from 'vitest';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a French name that states its cause with « pour »', () => {
  it('joins « X pour la Y » written twice, or once after « groupe » or « fondation »', () => {
    const es = entitiesOf(
      `Le groupe Avenir pour la Cité a voté contre. Avenir pour la Cité compte 40 élus. La Fondation pour la
Mer et l'Océan, dirigée par Paul Marin, a salué le vote. L'Alliance pour la Vallée a protesté.`,
      'fr',
    );
    expect(find(es, 'Avenir pour la Cité')?.type).toBe('organization');
    expect(find(es, "Fondation pour la Mer et l'Océan")).toBeDefined();
    expect(names(es)).not.toContain('Avenir');
  });

  it('keeps a name and « pour la France » apart when written once', () => {
    const es = entitiesOf(`Léa Marin pour la France a couru le 100 mètres. Léa Marin a gagné.`, 'fr');
    expect(find(es, 'Léa Marin')?.type).toBe('person');
    expect(find(es, 'Léa Marin pour la France')).toBeUndefined();
  });
});
