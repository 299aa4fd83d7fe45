import type { EntityType } from '@/utils/article/types';
import { teamContext } from './context-cues';
import { COUNTRY_NAMES } from './gazetteer';
import type { EntityGroup } from './group';
import type { Mention } from './mention';

// Sports news names clubs after their towns ("Nice", "Cleveland", "Karlsruhe"): a town that plays, wins and is
// played for is its side. A country's side stays a place, as news and its readers write it ("France beat Italy").

/** Before a side: "first division side Nice", "serie A club Atalanta". */
const SIDE_NOUNS = new Set(['side', 'club', 'team', 'champions', 'leaders', 'holders', 'outfit']);
/** What a side's players do for it: "played for Nice", "homered for Cleveland", "his 23rd for Seattle". */
const FOR_SIDE = new Set(
  `played plays playing signed homered homer scored goal goals runs wickets debut appearances caps`.split(
    /\s+/,
  ),
);
const ORDINAL = /^\d+(?:st|nd|rd|th)$/;
/** After a side: "Karlsruhe won the match", "Nice's home defeat", "a Karlsruhe goal", "Cleveland's lead". */
const SIDE_AFTER = new Set(
  `won lost drew draw home lead defeat victory win goal goals striker defence defense fans squad`.split(
    /\s+/,
  ),
);
/** "Texas's lead over Seattle". */
const OVER_SIDE = new Set(['lead', 'win', 'victory', 'advantage']);
const LOCATIVE = new Set(['in', 'at', 'near', 'to', 'from']);
/** Two mentions read like a side's at least, a single cue proves nothing. */
const MIN_CUES = 2;

/** The words around the town's mention read like a side's. */
function sideCue(m: Mention): boolean {
  const [a0 = ''] = m.after;
  const [b0 = '', b1 = ''] = m.before;
  return (
    teamContext(m) ||
    SIDE_NOUNS.has(b0) ||
    b0 === 'against' ||
    (b0 === 'for' && (FOR_SIDE.has(b1) || ORDINAL.test(b1))) ||
    (b0 === 'over' && OVER_SIDE.has(b1)) ||
    SIDE_AFTER.has(a0)
  );
}

/**
 * Types as organisations the towns (places that are no country) written as sides: two of their mentions read
 * like a side's and most are not where something happens ("in Seattle"). `types[i]` is the type of `groups[i]`;
 * returns new types.
 */
export function typeTownSides(groups: EntityGroup[], types: EntityType[]): EntityType[] {
  return types.map((t, i) => {
    const g = groups[i] as EntityGroup;
    if (t !== 'place' || [...g.keys].some((k) => COUNTRY_NAMES.has(k))) return t;
    const cues = g.mentions.filter(sideCue).length;
    const located = g.mentions.filter((m) => LOCATIVE.has(m.before[0] ?? '')).length;
    return cues >= MIN_CUES && 2 * located < g.mentions.length ? 'organization' : t;
  });
}
