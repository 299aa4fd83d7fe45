import { teamContext } from './context-cues';
import type { Mention } from './mention';

// A town written as a sports side: "played for Nice", "Karlsruhe won", "against Cleveland".

/** Before a side: "first division side Nice", "serie A club Atalanta". */
const SIDE_NOUNS = new Set(['side', 'club', 'team', 'champions', 'leaders', 'holders', 'outfit']);
/**
 * What a side's players do for it: "played for Nice", "homered for Cleveland", "his 23rd for Seattle", "14 carries
 * for Toledo".
 */
const FOR_SIDE = new Set(
  `played plays playing signed homered homer scored goal goals runs wickets debut appearances caps carries
  touchdowns rebounds assists tackles`.split(/\s+/),
);
const ORDINAL = /^\d+(?:st|nd|rd|th)$/;
/** After a side: "Karlsruhe won the match", "Nice's home defeat", "a Karlsruhe goal", "Cleveland's lead". */
const SIDE_AFTER = new Set(
  `won lost drew draw home lead led trailed defeat victory win goal goals striker defence defense fans squad`.split(
    /\s+/,
  ),
);
// A game's score right after a side: "beat Louisville 84-76", "outscored Dayton 42-26" (a year's range has four
// digits).
const SCORE = /^\d{1,3}[-‐‑–]\d{1,3}$/;
/** "Texas's lead over Seattle". */
const OVER_SIDE = new Set(['lead', 'win', 'victory', 'advantage']);
/** Before a place where something happens: "in Seattle". */
export const LOCATIVE = new Set(['in', 'at', 'near', 'to', 'from']);

/** A game's score right after the mention: "beat Dayton 84-76". */
export const scoredSide = (m: Mention): boolean => SCORE.test(m.after[0] ?? '');

/** The words around the town's mention read like a side's. */
export function sideCue(m: Mention): boolean {
  const [a0 = ''] = m.after;
  const [b0 = '', b1 = ''] = m.before;
  return (
    teamContext(m) ||
    SIDE_NOUNS.has(b0) ||
    b0 === 'against' ||
    (b0 === 'for' && (FOR_SIDE.has(b1) || ORDINAL.test(b1))) ||
    (b0 === 'over' && OVER_SIDE.has(b1)) ||
    SIDE_AFTER.has(a0) ||
    scoredSide(m) ||
    m.side === true
  );
}
