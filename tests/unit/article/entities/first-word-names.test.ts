import { describe, expect, it } from 'vitest';
import { mergeFirstWordNames } from '@/utils/article/entities/first-word-names';
import type { Mention } from '@/utils/article/entities/mention';
import { UnionFind } from '@/utils/article/entities/union-find';
import { entitiesOf, find, names } from './helpers';

// Texts written for these tests (not taken from any corpus).

describe('a word that opens one person’s name only', () => {
  it('is that person, and « champion du monde » says a person', () => {
    const es = entitiesOf(
      `Le champion du monde Tanvel Oksar a les pièces blanches face à Paul Remy. Tanvel a réfléchi vingt minutes.
Tanvel conservera son avance, selon les commentateurs. Paul Remy a proposé la nulle, que Tanvel a refusée.`,
      'fr',
    );
    expect(find(es, 'Tanvel Oksar')?.count).toBe(4);
    expect(find(es, 'Tanvel Oksar')?.type).toBe('person');
    expect(names(es)).not.toContain('Tanvel');
  });

  it('stays apart when it opens two names, is a place, is a common noun, or no cue says the full name is a person’s', () => {
    const cued = [{ personCue: true, before: [], after: [] } as unknown as Mention];
    const plain = [{ personCue: false, initial: false, before: ['de'], after: ['a'] } as unknown as Mention];
    const byKey = new Map<string, Mention[]>([
      ['tanvel', plain],
      ['tanvel oksar', cued],
      ['tanvel bras', cued],
      ['paris', plain],
      ['paris hilton', cued],
      ['zorwick', plain],
      ['zorwick tamsen', cued],
      ['bure', plain],
      ['bure stop', plain],
      ['vessel', plain],
      ['vessel marin', cued],
    ]);
    const uf = new UnionFind();
    mergeFirstWordNames([...byKey.keys()], byKey, uf, new Map([['vessel', 1]]));
    expect(uf.find('tanvel')).not.toBe(uf.find('tanvel oksar'));
    expect(uf.find('paris')).not.toBe(uf.find('paris hilton'));
    expect(uf.find('bure')).not.toBe(uf.find('bure stop'));
    expect(uf.find('vessel')).not.toBe(uf.find('vessel marin'));
    expect(uf.find('zorwick')).toBe(uf.find('zorwick tamsen'));
  });
});
