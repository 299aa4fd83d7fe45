import type { EntityType } from '@/utils/article/types';
import type { EntityGroup } from './group';
import type { Token } from './tokenize';

const SCORE = /^\d{1,3}$/;

/**
 * Types as organisations the sides of score lines ("Pohang 3 Ulsan 2", "San Diego 3 New York 2 (halftime
 * 1-0)"): a line made of two names, each followed by its score, reports a match, and a city named so is its
 * team. A group keeps its type unless at least half of its mentions stand in such lines, and a person stays one
 * (`types[i]` is the type of `groups[i]`); returns new types.
 */
export function typeScoreLines(groups: EntityGroup[], types: EntityType[], tokens: Token[]): EntityType[] {
  const startAt = new Map<number, number>();
  groups.forEach((g, i) => {
    for (const m of g.mentions) startAt.set(m.from, i);
  });
  const sides = new Set<string>();
  for (const g of groups) {
    for (const m of g.mentions) {
      const rival = startAt.get(m.to + 1);
      if (rival === undefined || !opensLine(tokens, m.from)) continue;
      const r = (groups[rival] as EntityGroup).mentions.find((x) => x.from === m.to + 1);
      if (
        r &&
        isScore(tokens, m.to, m.from) &&
        isScore(tokens, r.to, m.from) &&
        closesLine(tokens, r.to + 1)
      ) {
        sides.add(`${m.from}`);
        sides.add(`${r.from}`);
      }
    }
  }
  return types.map((t, i) => {
    const ms = (groups[i] as EntityGroup).mentions;
    const inLines = ms.filter((m) => sides.has(`${m.from}`)).length;
    return t !== 'person' && inLines > 0 && 2 * inLines >= ms.length ? 'organization' : t;
  });
}

/** The token at `at` is a score on the line of the token at `from`. */
const isScore = (tokens: Token[], at: number, from: number): boolean =>
  SCORE.test(tokens[at]?.text ?? '') && tokens[at]?.line === tokens[from]?.line;

const opensLine = (tokens: Token[], at: number): boolean =>
  at === 0 || tokens[at - 1]?.line !== tokens[at]?.line;

/** The line ends at `at`, or a bracket or comma opens a note there ("(halftime 1-0)"). */
function closesLine(tokens: Token[], at: number): boolean {
  const t = tokens[at];
  return !t || t.line !== tokens[at - 1]?.line || t.text === '(' || t.text === ',';
}
