import type { EntityType } from '@/utils/article/types';
import type { EntityGroup } from './group';

/**
 * "Marcus Whitaker" and "Angela Whitaker", then "Whitaker" alone: a surname two people of the article share is
 * left apart from both (which one is meant is unclear) but it names a person all the same, and so does a full
 * name ending with it whose given name is unknown ("Síle de Búrca"). `types[i]` is the
 * type of `groups[i]`; returns new types.
 */
export function typeSharedSurnames(groups: EntityGroup[], types: EntityType[]): EntityType[] {
  const holders = new Map<string, Set<string>>();
  groups.forEach((g, i) => {
    if (types[i] !== 'person') return;
    for (const k of g.keys) {
      const ws = k.split(' ');
      if (ws.length < 2) continue;
      const last = ws.at(-1) as string;
      holders.set(last, (holders.get(last) ?? new Set()).add(ws[0] as string));
    }
  });
  return types.map((t, i) => {
    const keys = [...(groups[i] as EntityGroup).keys];
    // "Síle de Búrca" beside "Pádraig de Búrca" and "Seán de Búrca": a name ending with the surname is one more.
    const shared =
      keys.length > 0 && keys.every((k) => (holders.get(k.split(' ').at(-1) ?? '')?.size ?? 0) >= 2);
    return t === 'other' && shared ? 'person' : t;
  });
}
