import type { EntityType } from '@/utils/article/types';
import { hasLowerAdjective } from './adjective-bridges';
import { namedWithElidedArticle } from './elided-titles';
import type { EntityGroup } from './group';
import type { Mention } from './mention';
import { namedAfter } from './naming-cues';
import { nameKey } from './normalize';
import { followedByWhich } from './person-evidence';
import { isFullName } from './person-shape';
import { styledGivenName } from './royal-names';
import type { Token } from './tokenize';

const LIST_JOINS = new Set([',', 'and', 'et', '&', 'or', 'ou']);
// Enough passes to carry the type down a list of names ("A, B, C and D").
const PASSES = 4;

/**
 * Types as people the untyped full names listed next to a person ("Billy Andrade, Duffy Waldorf and Jesper
 * Parnevik"): lists name things of one kind. `types[i]` is the type of `groups[i]`; returns new types.
 */
export function typeListedPeople(groups: EntityGroup[], types: EntityType[], tokens: Token[]): EntityType[] {
  const out = [...types];
  const startAt = new Map<number, number>();
  const endAt = new Map<number, number>();
  groups.forEach((g, i) => {
    for (const m of g.mentions) {
      // "on False Creek, Diana, Princess of Wales, stepped out": a given name styled by its title is the
      // sentence's subject after a place, no item of a list.
      if (styledGivenName(nameKey(m.surface), m.after)) continue;
      // "Blue Origin and Elon Musk’s SpaceX": an owner opens the next item, it is none itself.
      if (!tokens[m.to - 1]?.possessive) startAt.set(m.from, i);
      endAt.set(m.to, i);
    }
  });
  // "Big Machine, which …" is a thing whatever it is listed with.
  // « Santé publique France »: a name with a lower-case adjective is a body's, listed or not.
  const candidates = groups.map(
    (g, i) =>
      out[i] === 'other' &&
      [...g.keys].some(isFullName) &&
      !namedWithElidedArticle(g) &&
      !followedByWhich(g) &&
      // « le télescope James Webb, … »: a craft or a building named after a person.
      !g.mentions.every(namedAfter) &&
      ![...g.surfaces.keys()].some(hasLowerAdjective),
  );
  for (let pass = 0; pass < PASSES; pass++) {
    let changed = false;
    groups.forEach((g, i) => {
      if (!candidates[i] || out[i] === 'person') return;
      const listed = g.mentions.some(
        (m) =>
          !roleComplement(m) &&
          [neighbour(endAt, tokens, m.from - 1), neighbour(startAt, tokens, m.to, 1)].some(
            (n) => n !== undefined && out[n] === 'person',
          ),
      );
      if (listed) [out[i], changed] = ['person', true];
    });
    if (!changed) break;
  }
  return out;
}

/**
 * « le président de la République, Emmanuel Macron », « la ministre de la Santé, Stéphanie Rist »: a name after
 * « de la », « du » or « de l’ » completes a role, and the person after the comma is its holder, not a next item.
 */
const roleComplement = (m: Mention): boolean => {
  const [b0 = '', b1 = ''] = m.before;
  return ((b0 === 'la' || b0 === 'le') && b1 === 'de') || b0 === 'du' || (m.elided && b0 === 'de');
};

/** The group whose mention ends (or, with `step` 1, starts) across the list's joining token at `at`. */
function neighbour(byIndex: Map<number, number>, tokens: Token[], at: number, step = 0): number | undefined {
  const t = tokens[at];
  if (!t || !LIST_JOINS.has(t.folded) || t.headline) return undefined;
  return byIndex.get(at + step);
}
