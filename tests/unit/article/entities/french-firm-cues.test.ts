import { describe, expect, it } from 'vitest';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('French cues that a name is a firm or a body', () => {
  it('reads « analyste chez X » as the firm employing the analyst', () => {
    const es = entitiesOf(
      `« Le dividende est menacé », estime Claire Vasson, analyste chez Borda Lenz, qui a abaissé sa
recommandation. Claire Vasson reste prudente.`,
      'fr',
    );
    expect(find(es, 'Borda Lenz')?.type).toBe('organization');
    expect(find(es, 'Claire Vasson')?.type).toBe('person');
  });

  it('reads « … X. Le réassureur … » as the firm named again by its trade', () => {
    const es = entitiesOf(
      `La semaine commence mal pour Scorvel. Le réassureur a chuté de 11 % lundi, selon Paul Roux. Les
analystes attendent. Scorvel reste confiant.`,
      'fr',
    );
    expect(find(es, 'Scorvel')?.type).toBe('organization');
  });

  it('leaves a name followed by another firm named by its trade', () => {
    const es = entitiesOf(
      `La semaine commence mal pour Scorvel. Le groupe Kestrel a chuté de 11 % lundi, selon Paul Roux. Les
analystes attendent. Scorvel reste confiant.`,
      'fr',
    );
    expect(find(es, 'Scorvel')?.type).not.toBe('organization');
  });

  it('reads a name opened by « Régie » as a body', () => {
    const es = entitiesOf(
      `Selon la Régie des eaux de Montvert, les coûts augmentent. La Régie des eaux de Montvert a publié un rapport
mardi, a dit Paul Roux.`,
      'fr',
    );
    expect(find(es, 'Régie des eaux de Montvert')?.type).toBe('organization');
  });
});
