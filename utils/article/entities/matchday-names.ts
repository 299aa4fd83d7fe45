// « la 14e journée de Betclic Élite », « la dernière journée du Top 14 »: a numbered matchday belongs to a league or
// a cup, which French names after « journée de » as it names no place; « la journée de Trévoux » (a day's fair)
// has no number and says nothing.
import type { Mention } from './mention';
import type { Token } from './tokenize';

const OF = new Set(['de', 'du']);
const MATCHDAYS = new Set(['journee', 'journees']);
// « 14e », « 1re », « 3eme », « 10ème », folded; or the first, the last, the next.
const ORDINAL =
  /^(?:\d{1,2}(?:e|eme|er|re)|premiere|derniere|prochaine|deuxieme|troisieme|quatrieme|cinquieme)$/;

/** Marks the French mentions a numbered matchday governs (see `Mention.matchday`). */
export function markMatchdays(mentions: readonly Mention[], tokens: readonly Token[]): void {
  for (const m of mentions) {
    if (
      OF.has(m.before[0] ?? '') &&
      MATCHDAYS.has(m.before[1] ?? '') &&
      ORDINAL.test(tokens[m.from - 3]?.folded ?? '')
    )
      m.matchday = true;
  }
}
