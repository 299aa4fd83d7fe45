// "the Tamar River" … "rowing on the Tamar": a river named in full, then by its own word after "the", as people
// who live on it say it (two names open with the word here, "Tamar Rowing Club" too, so the merge left them apart).
import type { EntityType } from '@/utils/article/types';
import type { EntityGroup } from './group';

const RIVER = 'river';

/**
 * Types as places the untyped one-word names written after "the" once at least, when the text names "X River"
 * or "River X" and typed it a place. `types[i]` is the type of `groups[i]`; returns new types.
 */
export function typeRiverShortNames(
  groups: readonly EntityGroup[],
  types: readonly EntityType[],
): EntityType[] {
  const rivers = new Set<string>();
  groups.forEach((g, i) => {
    if (types[i] !== 'place') return;
    for (const k of g.keys) {
      const ws = k.split(' ');
      if (ws.length !== 2) continue;
      if (ws[1] === RIVER) rivers.add(ws[0] ?? '');
      else if (ws[0] === RIVER) rivers.add(ws[1] ?? '');
    }
  });
  if (rivers.size === 0) return [...types];
  return types.map((t, i) => {
    const g = groups[i];
    if (t !== 'other' || !g || g.keys.size !== 1) return t;
    const [key = ''] = g.keys;
    return rivers.has(key) && g.mentions.some((m) => m.before[0] === 'the') ? 'place' : t;
  });
}
