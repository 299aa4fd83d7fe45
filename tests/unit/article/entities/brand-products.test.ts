import { describe, expect, it } from 'vitest';
import { mergeBrandProducts, mergeMakerComplements } from '@/utils/article/entities/brand-products';
import type { Mention } from '@/utils/article/entities/mention';
import { nameKey } from '@/utils/article/entities/normalize';
import { UnionFind } from '@/utils/article/entities/union-find';
import { entitiesOf, find } from './helpers';

// Texts written for these tests (not taken from any corpus).
describe('a company short name beside its brand and product', () => {
  it('joins "Kestrel" to "Kestrel Motors" though "Kestrel Tarrow" names a product', () => {
    const es =
      entitiesOf(`Pune-based Kestrel Motors launched the Kestrel Tarrow on Thursday. The Tarrow has a large
      battery. Kestrel said it would build 100,000 a year, and Kestrel hopes to export.`);
    expect(find(es, 'Kestrel Motors')?.variants).toContain('Kestrel');
  });

  it('leaves it apart beside a second company opening with the word', () => {
    const es = entitiesOf(`Kestrel Motors and Kestrel Capital met on Monday. Kestrel said talks went well.`);
    expect(find(es, 'Kestrel Motors')?.variants ?? []).not.toContain('Kestrel');
  });
});

describe('a product named with and without a brand the article also names alone', () => {
  // Keys as groupMentions builds them, each written once as shown.
  const written = [
    'Corvel',
    'Corvel Aria Buds',
    'Aria Buds',
    'Lumen',
    'Lumen Sleep Band',
    'Sleep Band 2',
    'House',
    'House Democrats',
    'Democrats',
    'Browns',
    'Browns-Steelers',
    'Steelers Fan Zone',
    'Vexa',
    'Vexa Paris',
  ];
  const byKey = new Map(written.map((s) => [nameKey(s), [{ surface: s } as Mention]]));
  const uf = new UnionFind();
  mergeBrandProducts([...byKey.keys()], byKey, uf, new Set());
  const joined = (a: string, b: string): boolean => uf.find(nameKey(a)) === uf.find(nameKey(b));

  it('joins "Corvel Aria Buds" to "Aria Buds", and "Lumen Sleep Band" to its "Sleep Band 2"', () => {
    expect(joined('Corvel Aria Buds', 'Aria Buds')).toBe(true);
    expect(joined('Lumen Sleep Band', 'Sleep Band 2')).toBe(true);
    expect(joined('Corvel', 'Corvel Aria Buds')).toBe(false);
  });

  it('leaves apart a one-word rest ("House Democrats"), a hyphenated pair and a place', () => {
    expect(joined('House Democrats', 'Democrats')).toBe(false);
    expect(joined('Browns-Steelers', 'Steelers Fan Zone')).toBe(false);
    expect(joined('Vexa Paris', 'Vexa')).toBe(false);
  });
});

describe('a product with its maker as a French complement', () => {
  const written = [
    'Vela Note Pro',
    "Vela Note Pro d'Ondra",
    'Ondra',
    'Stade Ferrand',
    'Stade Ferrand de Lorient',
    'Lorient',
  ];
  const byKey = new Map(written.map((s) => [nameKey(s), [{ surface: s } as Mention]]));
  const uf = new UnionFind();
  mergeMakerComplements([...byKey.keys()], byKey, uf, new Set(['lorient']));
  const joined = (a: string, b: string): boolean => uf.find(nameKey(a)) === uf.find(nameKey(b));

  it('joins « Vela Note Pro d’Ondra » to « Vela Note Pro », the maker also named alone', () => {
    expect(joined("Vela Note Pro d'Ondra", 'Vela Note Pro')).toBe(true);
    expect(joined('Ondra', 'Vela Note Pro')).toBe(false);
  });

  it('leaves a place after « de » apart', () => {
    expect(joined('Stade Ferrand de Lorient', 'Stade Ferrand')).toBe(false);
  });

  it('shows the product as the text mostly writes it, without the maker', () => {
    const es = entitiesOf(
      `La nouvelle liseuse vise la Vela Note Pro d'Ondra. Depuis qu'Ondra a lancé la Vela Note Pro, la Vela
      Note Pro domine, et la Vela Note Pro reste chère.`,
      'fr',
    );
    expect(find(es, 'Vela Note Pro')?.text).toBe('Vela Note Pro');
    expect(find(es, 'Vela Note Pro')?.variants).toContain("Vela Note Pro d'Ondra");
  });
});
