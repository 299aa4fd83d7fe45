import type { EntityType } from '@/utils/article/types';
import { isAcronymLike } from './acronyms';
import { isDemonym } from './filter';
import { GIVEN_NAMES } from './gazetteer';
import type { EntityGroup } from './group';
import type { Mention } from './mention';
import { listItems } from './name-lists';
import { isPersonShaped } from './person-shape';
import { typePlaceKindLists } from './place-kind-lists';
import type { Token } from './tokenize';

// Joins of a list, and prepositions repeated before each item of a list of places: « à Mérignac, à Arcachon et à
// Lacanau », "in Perth, in Crieff and in Aberfeldy".
const LIST_JOINS: Record<string, ReadonlySet<string>> = {
  fr: new Set([',', 'et', 'ou']),
  en: new Set([',', 'and', 'or']),
};
const REPEATED: Record<string, ReadonlySet<string>> = {
  fr: new Set(['a', 'en', 'au', 'aux']),
  en: new Set(['in', 'at']),
};

/**
 * Types as places the untyped one-word names a French or English text lists next to a place: « entre Toulouse et
 * Rodez », « à Mérignac, à Arcachon et à Lacanau », « à Cholet, en Maine-et-Loire », "between Perth and Crieff". Lists name things of one kind; a longer
 * name (a body: "Customs and Border Protection"), a people (« les Haïtiens ») or an acronym is left as it is.
 * `types[i]` is the type of `groups[i]`; returns new types.
 */
export function typeListedPlaces(
  groups: EntityGroup[],
  types: EntityType[],
  tokens: Token[],
  lang = 'fr',
): EntityType[] {
  // "localities including Whitefield and Hoodi" (see place-kind-lists.ts).
  const kinds = lang === 'en' ? typePlaceKindLists(groups, types, tokens) : types;
  // A second pass carries along the list: "Perth, Crieff and Comrie".
  return listedOnce(groups, listedOnce(groups, kinds, tokens, lang), tokens, lang);
}

function listedOnce(groups: EntityGroup[], types: EntityType[], tokens: Token[], lang: string): EntityType[] {
  const joins = LIST_JOINS[lang] ?? (LIST_JOINS.fr as ReadonlySet<string>);
  const repeats = REPEATED[lang] ?? (REPEATED.fr as ReadonlySet<string>);
  const startAt = new Map<number, number>();
  const endAt = new Map<number, number>();
  // Where the mention ending at a token starts.
  const fromOf = new Map<number, number>();
  groups.forEach((g, i) => {
    for (const m of g.mentions) {
      startAt.set(m.from, i);
      endAt.set(m.to, i);
      fromOf.set(m.to, m.from);
    }
  });
  // "Python 3" typed a place by mistake lends nothing: places are not numbered.
  const isPlace = (i: number | undefined): boolean =>
    i !== undefined &&
    types[i] === 'place' &&
    ![...(groups[i] as EntityGroup).keys].some((k) => /\d/.test(k));
  return types.map((type, i) => {
    const g = groups[i] as EntityGroup;
    const keys = [...g.keys];
    if (type !== 'other' || keys.some((k) => k.includes(' ') || isDemonym(k) || isPersonShaped(k)))
      return type;
    if ([...g.surfaces.keys()].every(isAcronymLike)) return type;
    if (g.mentions.some((m) => inPlaceList(m, tokens, startAt, isPlace, types))) return 'place';
    // English "and" joins people, teams and firms to places too ("Portugal and Pedro I", "Bayern and Dortmund"): a
    // given name is no town there, and a town is also written where one is somewhere ("in Carnbray").
    if (
      lang === 'en' &&
      (keys.some((k) => GIVEN_NAMES.has(k)) || !g.mentions.some((m) => locatedEn(m, tokens)))
    )
      return type;
    const listed = g.mentions.some(
      (m) =>
        isPlace(before(endAt, tokens, m.from, joins, repeats)) ||
        isPlace(after(startAt, tokens, m.to, joins, repeats)) ||
        isPlace(commaChain(endAt, fromOf, tokens, m, joins)),
    );
    return listed ? 'place' : type;
  });
}

/**
 * "in Seoul, Daejeon and Cheongju": a mention among three or more names listed with a closing "and" (see
 * name-lists.ts), one of them a place and none a body, a person or a product ("Arsenal, Liverpool and Manchester
 * United" are clubs).
 */
function inPlaceList(
  m: Mention,
  tokens: Token[],
  startAt: ReadonlyMap<number, number>,
  isPlace: (i: number | undefined) => boolean,
  types: readonly EntityType[],
): boolean {
  const items = listItems(tokens, m.from, m.to);
  if (!items) return false;
  const named = items.map(([from]) => startAt.get(from));
  const typed = (i: number | undefined): boolean =>
    i !== undefined && types[i] !== 'other' && types[i] !== 'place';
  return named.some(isPlace) && !named.some(typed);
}

const EN_LOCATIVES = new Set(['in', 'at', 'near', 'from', 'to', 'between', 'outside', 'around']);
// "residents in Adare and Askeaton": the preposition before a pair sets both names.
const PAIRED = new Set(['and', 'or']);
const locatedEn = (m: Mention, tokens: readonly Token[]): boolean =>
  EN_LOCATIVES.has(m.before[0] ?? '') ||
  (PAIRED.has(m.before[0] ?? '') &&
    tokens[m.from - 2]?.capital === true &&
    EN_LOCATIVES.has(tokens[m.from - 3]?.folded ?? ''));

const repeated = (t: Token | undefined, repeats: ReadonlySet<string>): boolean =>
  t !== undefined && repeats.has(t.folded) && !t.capital;

/**
 * The group that ends just before the list join before `from`, a repeated preposition set aside. A comma joins
 * places only before such a preposition (« Bordeaux, à Lescurat »): « Liestal, la ville » goes on otherwise.
 */
function before(
  endAt: Map<number, number>,
  tokens: Token[],
  from: number,
  joins: ReadonlySet<string>,
  repeats: ReadonlySet<string>,
): number | undefined {
  const preposition = repeated(tokens[from - 1], repeats);
  const j = preposition ? from - 2 : from - 1;
  const t = tokens[j];
  if (!t || !joins.has(t.folded) || t.headline || (t.text === ',' && !preposition)) return undefined;
  return endAt.get(j);
}

/**
 * "Ballymount, Kingswood, Clondalkin and parts of Tallaght": the group before a comma, itself after a comma, when
 * the list goes on after the mention; a comma chain of three names lists them, where one comma may not
 * (« Liestal, la ville », "In Paris, Macron said").
 */
function commaChain(
  endAt: Map<number, number>,
  fromOf: Map<number, number>,
  tokens: Token[],
  m: Mention,
  joins: ReadonlySet<string>,
): number | undefined {
  const next = tokens[m.to];
  if (tokens[m.from - 1]?.text !== ',' || !next || !joins.has(next.folded) || next.headline) return undefined;
  const start = fromOf.get(m.from - 1);
  return start !== undefined && tokens[start - 1]?.text === ',' ? endAt.get(m.from - 1) : undefined;
}

/** The group that starts just after the list join after `to`, a repeated preposition set aside. */
function after(
  startAt: Map<number, number>,
  tokens: Token[],
  to: number,
  joins: ReadonlySet<string>,
  repeats: ReadonlySet<string>,
): number | undefined {
  const t = tokens[to];
  const preposition = repeated(tokens[to + 1], repeats);
  if (!t || !joins.has(t.folded) || t.headline || (t.text === ',' && !preposition)) return undefined;
  return startAt.get(preposition ? to + 2 : to + 1);
}
