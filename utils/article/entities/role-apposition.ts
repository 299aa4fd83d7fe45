import type { EntityType } from '@/utils/article/types';
import { personNoun } from './context-cues';
import { namedWithElidedArticle } from './elided-titles';
import { isDemonymWord } from './gazetteer';
import type { EntityGroup } from './group';
import { isFullName } from './person-shape';
import { ADJECTIVE } from './span';
import type { Token } from './tokenize';

// How far back from the comma a role may open its phrase: « la présidente socialiste de la Région, ».
const REACH = 7;
// Articles and prepositions inside a role's phrase: « de la Région », « du groupe », « d’Airbus », « au commerce ».
const LINKS = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'au', 'aux', 'of', 'the', 'at']);

/**
 * Types as people the untyped full names set after a role and a comma: « la présidente socialiste de la Région,
 * Carole Delga », « le premier ministre hongrois, Viktor Orban », "the company's chief executive, Lena Holt"; or
 * before a comma and a role (see roleAfter).
 * The role in lower case, within a few words before the comma and in the same clause, names the holder.
 * `types[i]` is the type of `groups[i]`; returns new types.
 */
export function typeRoleAppositions(
  groups: EntityGroup[],
  types: EntityType[],
  tokens: Token[],
): EntityType[] {
  return types.map((type, i) => {
    const g = groups[i] as EntityGroup;
    if (type !== 'other' || ![...g.keys].some(isFullName) || namedWithElidedArticle(g)) return type;
    return g.mentions.some((m) => afterRole(tokens, m.from) || roleAfter(tokens, m.to)) ? 'person' : type;
  });
}

// Articles a role set after the name opens with: « Gabe Newell, le patron de Valve », "Lena Holt, the chief".
const ARTICLES = new Set(['le', 'la', 'l', 'the', 'a', 'an', 'un', 'une']);

/**
 * A comma just after the name, then a lower-case role, an article and an adjective allowed before it: « Gabe
 * Newell, le patron de Valve », « Marco Ferretti, analyste chez Bernstein », "Lena Holt, the new chief executive".
 */
function roleAfter(tokens: Token[], to: number): boolean {
  const comma = tokens[to];
  if (comma?.text !== ',') return false;
  let j = to + 1;
  if (ARTICLES.has(tokens[j]?.folded ?? '') && !tokens[j]?.capital) j++;
  const next = (): Token | undefined => tokens[j];
  if (
    next()?.isWord &&
    !next()?.capital &&
    ADJECTIVE.test(next()?.folded ?? '') &&
    !personNoun(next()?.folded ?? '')
  )
    j++;
  const role = next();
  if (!role?.isWord || role.capital || role.sentence !== comma.sentence || !personNoun(role.folded))
    return false;
  // The role ends its phrase or opens its complement, an adjective between (« le directeur général d’Atosca »):
  // "the player character" is a noun of its own.
  const adjective =
    tokens[j + 1]?.isWord === true && !tokens[j + 1]?.capital && ADJECTIVE.test(tokens[j + 1]?.folded ?? '');
  const after = tokens[adjective ? j + 2 : j + 1];
  return !after?.isWord || after.elided || ROLE_COMPLEMENTS.has(after.folded);
}

// Words that open a role's complement: « le patron de Valve », « analyste chez Bernstein », "the head of".
const ROLE_COMPLEMENTS = new Set(['de', 'du', 'des', 'd', 'chez', 'au', 'aux', 'a', 'of', 'at', 'for', 'in']);

/**
 * A comma just before `from`, and a lower-case role a few words before it whose phrase runs to the comma: only
 * adjectives, names and complements after it (« socialiste de la Région »), no verb (« le directeur a cité deux
 * rivaux, … » names no holder).
 */
function afterRole(tokens: Token[], from: number): boolean {
  const comma = tokens[from - 1];
  if (comma?.text !== ',') return false;
  for (let j = from - 2; j >= Math.max(0, from - 1 - REACH); j--) {
    const t = tokens[j] as Token;
    if (!t.isWord || t.sentence !== comma.sentence) return false;
    if (!t.capital && personNoun(t.folded)) return true;
    const complement = LINKS.has(tokens[j - 1]?.folded ?? '');
    if (
      !(t.capital || LINKS.has(t.folded) || ADJECTIVE.test(t.folded) || isDemonymWord(t.folded) || complement)
    )
      return false;
  }
  return false;
}
