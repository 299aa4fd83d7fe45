// "localities in east Bengaluru, including Whitefield and Hoodi", "areas such as Bellandur", "towns like Kenora and
// Dryden", "areas affected include Whitefield": a plural kind of place a few words before the word opening a list
// says the names listed are places, though each is written once and no gazetteer knows it.
import type { EntityType } from '@/utils/article/types';
import { GIVEN_NAMES } from './gazetteer';
import { words } from './gazetteer/set';
import type { EntityGroup } from './group';
import { listOpenerBefore } from './kind-lists';
import type { Token } from './tokenize';

const PLACE_KINDS = words(`towns cities villages hamlets localities areas neighbourhoods neighborhoods suburbs
districts municipalities regions provinces counties townships boroughs wards`);
const OPENERS = words('like including include includes included');
// Words between the kind and the list's opener: "localities in east Bengaluru, including", "areas affected include".
const REACH = 5;

/** A plural kind of place within REACH words before the opener at `k`, in the same sentence. */
function placeKindBefore(tokens: readonly Token[], k: number): boolean {
  const sentence = tokens[k]?.sentence;
  for (let i = k - 1; i >= Math.max(0, k - REACH); i--) {
    const t = tokens[i];
    if (!t || t.sentence !== sentence) return false;
    if (PLACE_KINDS.has(t.folded) && (!t.nameLike || t.initial)) return true;
  }
  return false;
}

/**
 * Types as places the untyped names listed, two at least, after a plural kind of place (see above); a name opened
 * by a given name, or written in capitals only, is left as it is.
 * `types[i]` is the type of `groups[i]`; returns new types.
 */
export function typePlaceKindLists(
  groups: readonly EntityGroup[],
  types: readonly EntityType[],
  tokens: readonly Token[],
): EntityType[] {
  return types.map((t, i) => {
    const g = groups[i];
    if (t !== 'other' || !g) return t;
    if ([...g.keys].some((k) => GIVEN_NAMES.has(k.split(' ')[0] ?? ''))) return t;
    const listed = g.mentions.some(
      (m) =>
        !ALL_CAPS.test(m.surface) &&
        inList(tokens, m.from, m.to) &&
        listOpenerBefore(tokens, m.from, OPENERS, (k) => placeKindBefore(tokens, k)),
    );
    return listed ? 'place' : t;
  });
}

const ALL_CAPS = /^[A-Z]+$/;
const JOINS = new Set([',', 'and', 'or']);

/**
 * The name from `a` to `b` is one of two names listed at least: a join before it, or a join and a name after it
 * ("such as Hoodi and Kadugodi"). One name after "such as" is as often a thing the sentence compares.
 */
function inList(tokens: readonly Token[], a: number, b: number): boolean {
  if (JOINS.has(tokens[a - 1]?.text ?? '')) return true;
  if (!JOINS.has(tokens[b]?.text ?? '')) return false;
  const next = tokens[b + 1]?.text === 'and' || tokens[b + 1]?.text === 'or' ? tokens[b + 2] : tokens[b + 1];
  return next?.nameLike === true;
}
