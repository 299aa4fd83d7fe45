import type { EntityType } from '@/utils/article/types';
import type { EntityGroup } from './group';
import type { Token } from './tokenize';

// News lists a maker's products together ("Ozempic and Wegovy", « la Switch ou la PS5 »): an untyped one-word name
// joined by "and" or "or" to a name typed as a product is one of its kind.

const AND = new Set(['and', 'or', 'et', 'ou']);

/**
 * Types as products the untyped groups written as one word whose mention is joined by "and", "or", « et » or « ou »
 * straight to a product's mention. `types[i]` is the type of `groups[i]`; returns new types.
 */
export function typePairedProducts(
  groups: EntityGroup[],
  types: EntityType[],
  tokens: readonly Token[],
): EntityType[] {
  const product = new Set<number>();
  const starts = new Set<number>();
  const ends = new Set<number>();
  groups.forEach((g, i) => {
    if (types[i] !== 'product') return;
    for (const m of g.mentions) {
      product.add(i);
      starts.add(m.from);
      ends.add(m.to);
    }
  });
  if (product.size === 0) return types;
  const joined = (from: number, to: number): boolean =>
    (AND.has(tokens[to]?.folded ?? '') && starts.has(to + 1)) ||
    (AND.has(tokens[from - 1]?.folded ?? '') && ends.has(from - 1));
  return types.map((t, i) => {
    const g = groups[i] as EntityGroup;
    if (t !== 'other' || ![...g.keys].every((k) => !k.includes(' '))) return t;
    return g.mentions.some((m) => joined(m.from, m.to)) ? 'product' : t;
  });
}
