import type { EntityType } from '@/utils/article/types';
import { isAcronymLike } from './acronyms';
import type { EntityGroup } from './group';
import type { Mention } from './mention';
import { JOINS } from './name-lists';
import type { Token } from './tokenize';

// News lists a maker's products together ("Ozempic and Wegovy", « la Switch ou la PS5 »): an untyped one-word name
// joined by "and" or "or" to a name typed as a product is one of its kind.

/**
 * Types as products the untyped groups written as one word, no acronym, whose mention is joined by "and", "or",
 * « et » or « ou » straight to another product's mention. `types[i]` is the type of `groups[i]`; returns new types.
 */
export function typePairedProducts(
  groups: EntityGroup[],
  types: EntityType[],
  tokens: readonly Token[],
): EntityType[] {
  // Where products' mentions start and end, and which product each is.
  const starts = new Map<number, EntityGroup>();
  const ends = new Map<number, EntityGroup>();
  groups.forEach((g, i) => {
    if (types[i] !== 'product') return;
    for (const m of g.mentions) {
      starts.set(m.from, g);
      ends.set(m.to, g);
    }
  });
  if (starts.size === 0) return types;
  // "Coinbase and Coinbase Pro", "Python and Python 3": a brand beside its own line is the maker, not a product.
  const sibling = (g: EntityGroup, p: EntityGroup | undefined): boolean =>
    p !== undefined && ![...p.keys].some((k) => [...g.keys].some((own) => k.startsWith(`${own} `)));
  const joined = (g: EntityGroup, m: Mention): boolean =>
    (JOINS.has(tokens[m.to]?.folded ?? '') && sibling(g, starts.get(m.to + 1))) ||
    (JOINS.has(tokens[m.from - 1]?.folded ?? '') && sibling(g, ends.get(m.from - 1)));
  return types.map((t, i) => {
    const g = groups[i] as EntityGroup;
    // An acronym is a body's name more often than a product's ("ESPN and ABC Sports").
    if (
      t !== 'other' ||
      [...g.keys].some((k) => k.includes(' ')) ||
      [...g.surfaces.keys()].some(isAcronymLike)
    )
      return t;
    return g.mentions.some((m) => joined(g, m)) ? 'product' : t;
  });
}
