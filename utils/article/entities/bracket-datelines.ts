import type { EntityType } from '@/utils/article/types';
import type { EntityGroup } from './group';
import type { Token } from './tokenize';

const DASHES = new Set(['.', '-', '–', '—']);
const MAX_REGION = 4;

/**
 * The tokens of the region in brackets after a place opening a line, « Vidauban (Var). », « Brest (Finistère) — »:
 * French regional papers open a report with the town and its département. Returns [from, to) or undefined.
 */
function regionAfter(tokens: readonly Token[], to: number): [number, number] | undefined {
  if (tokens[to]?.text !== '(') return undefined;
  let k = to + 1;
  while (k < to + 1 + MAX_REGION && tokens[k]?.isWord && tokens[k]?.capital) k++;
  if (k === to + 1 || tokens[k]?.text !== ')' || !DASHES.has(tokens[k + 1]?.text ?? '')) return undefined;
  return [to + 1, k];
}

/**
 * Types as places the untyped town and region of a French regional dateline: « Vidauban (Var). Le feu… ».
 * `types[i]` is the type of `groups[i]`; returns new types.
 */
export function typeBracketDatelines(
  groups: EntityGroup[],
  types: EntityType[],
  tokens: Token[],
): EntityType[] {
  const inside = new Set<number>();
  const towns = new Set<number>();
  groups.forEach((g, i) => {
    for (const m of g.mentions) {
      const opensLine = m.from === 0 || tokens[m.from - 1]?.line !== tokens[m.from]?.line;
      const region = opensLine ? regionAfter(tokens, m.to) : undefined;
      if (!region) continue;
      towns.add(i);
      inside.add(region[0]);
    }
  });
  if (towns.size === 0) return types;
  return types.map((t, i) => {
    if (t !== 'other') return t;
    const g = groups[i] as EntityGroup;
    return towns.has(i) || g.mentions.some((m) => inside.has(m.from)) ? 'place' : t;
  });
}
