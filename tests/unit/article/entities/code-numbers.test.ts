import { describe, expect, it } from 'vitest';
import { addCodeNumberBases } from '@/utils/article/entities/code-numbers';
import { UnionFind } from '@/utils/article/entities/union-find';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('a club named with its rugby code’s number', () => {
  it('keeps XIII in the name, and the text’s short name joins it', () => {
    const es = entitiesOf(
      `Porté par Paul Vidal, l’US Castelnau XIII a remporté le derby dimanche devant 3 000 spectateurs. Longtemps
accrochée, l’US Castelnau XIII a fini par l’emporter face au RC Pézenas. Les joueurs de Castelnau recevront
Montauban samedi, a confirmé Paul Vidal après le match.`,
      'fr',
    );
    expect(names(es)).toContain('US Castelnau XIII');
    expect(names(es)).not.toContain('US Castelnau');
  });

  it('adds the key without the number for a name of two words or more only', () => {
    const keys = ['us castelnau xiii', 'louis xv', 'paul vidal'];
    const uf = new UnionFind();
    addCodeNumberBases(keys, uf);
    expect(keys).toContain('us castelnau');
    expect(uf.find('us castelnau')).toBe(uf.find('us castelnau xiii'));
    expect(keys).not.toContain('louis');
  });

  it('keeps a regnal number after a given name', () => {
    const es = entitiesOf(
      `Louis XVIII a régné après la chute de Napoléon. Louis XVIII est mort à Paris.`,
      'fr',
    );
    expect(find(es, 'Louis XVIII')?.count).toBe(2);
  });
});
