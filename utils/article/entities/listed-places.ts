import type { EntityType } from '@/utils/article/types';
import { isAcronymLike } from './acronyms';
import { isDemonym } from './filter';
import type { EntityGroup } from './group';
import { isPersonShaped } from './person-shape';
import type { Token } from './tokenize';

const LIST_JOINS = new Set([',', 'et', 'ou']);
// Prepositions repeated before each item of a list of places: « à Mérignac, à Arcachon et à Lacanau ».
const REPEATED = new Set(['a', 'en', 'au', 'aux']);

/**
 * Types as places the untyped one-word names a French text lists next to a place: « entre Toulouse et Rodez », « à
 * Mérignac, à Arcachon et à Lacanau », « à Cholet, en Maine-et-Loire ». Lists name things of one kind; a longer
 * name (a body: "Customs and Border Protection"), a people (« les Haïtiens ») or an acronym is left as it is.
 * `types[i]` is the type of `groups[i]`; returns new types.
 */
export function typeListedPlaces(groups: EntityGroup[], types: EntityType[], tokens: Token[]): EntityType[] {
  const startAt = new Map<number, number>();
  const endAt = new Map<number, number>();
  groups.forEach((g, i) => {
    for (const m of g.mentions) {
      startAt.set(m.from, i);
      endAt.set(m.to, i);
    }
  });
  const isPlace = (i: number | undefined): boolean => i !== undefined && types[i] === 'place';
  return types.map((type, i) => {
    const g = groups[i] as EntityGroup;
    const keys = [...g.keys];
    if (type !== 'other' || keys.some((k) => k.includes(' ') || isDemonym(k) || isPersonShaped(k)))
      return type;
    if ([...g.surfaces.keys()].every(isAcronymLike)) return type;
    const listed = g.mentions.some(
      (m) => isPlace(before(endAt, tokens, m.from)) || isPlace(after(startAt, tokens, m.to)) || false,
    );
    return listed ? 'place' : type;
  });
}

const repeated = (t: Token | undefined): boolean => t !== undefined && REPEATED.has(t.folded) && !t.capital;

/**
 * The group that ends just before the list join before `from`, a repeated preposition set aside. A comma joins
 * places only before such a preposition (« Bordeaux, à Lescurat »): « Liestal, la ville » goes on otherwise.
 */
function before(endAt: Map<number, number>, tokens: Token[], from: number): number | undefined {
  const preposition = repeated(tokens[from - 1]);
  const j = preposition ? from - 2 : from - 1;
  const t = tokens[j];
  if (!t || !LIST_JOINS.has(t.folded) || t.headline || (t.text === ',' && !preposition)) return undefined;
  return endAt.get(j);
}

/** The group that starts just after the list join after `to`, a repeated preposition set aside. */
function after(startAt: Map<number, number>, tokens: Token[], to: number): number | undefined {
  const t = tokens[to];
  const preposition = repeated(tokens[to + 1]);
  if (!t || !LIST_JOINS.has(t.folded) || t.headline || (t.text === ',' && !preposition)) return undefined;
  return startAt.get(preposition ? to + 2 : to + 1);
}
