import type { EntityType } from '@/utils/article/types';
import { GIVEN_NAMES } from './gazetteer';
import type { EntityGroup } from './group';
import type { Token } from './tokenize';

// A product's maker owns it: "Valve's Steam Deck", "Novo Nordisk's Ozempic". An untyped name in that place is a
// firm's, unless it is a given name or part of a person's name the text writes ("Holt's iPhone" of "Lena Holt").

/**
 * Types as organisations the untyped groups one of whose mentions owns a product's mention ("Valve's Steam Deck").
 * `types[i]` is the type of `groups[i]`; returns new types.
 */
export function typeProductMakers(
  groups: EntityGroup[],
  types: EntityType[],
  tokens: readonly Token[],
): EntityType[] {
  const starts = new Set<number>();
  const personWords = new Set<string>();
  groups.forEach((g, i) => {
    if (types[i] === 'person') for (const k of g.keys) for (const w of k.split(' ')) personWords.add(w);
    if (types[i] === 'product') for (const m of g.mentions) starts.add(m.from);
  });
  if (starts.size === 0) return types;
  const person = (k: string): boolean => k.split(' ').some((w) => personWords.has(w) || GIVEN_NAMES.has(w));
  return types.map((t, i) => {
    const g = groups[i] as EntityGroup;
    if (t !== 'other' || [...g.keys].some(person)) return t;
    const owns = g.mentions.some((m) => tokens[m.to - 1]?.possessive === true && starts.has(m.to));
    return owns ? 'organization' : t;
  });
}
