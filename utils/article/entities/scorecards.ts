import type { EntityType } from '@/utils/article/types';
import type { EntityGroup } from './group';
import type { Mention } from './mention';
import type { Token } from './tokenize';

// A cricket scorecard writes its players by surname alone ("Muralitharan", "c Vaas b Chandana"): the card's own
// marks say who they are.

/** Overs, maidens, runs and wickets after a bowler's name: "10-0-41-2", "9.3-1-33-4". */
const BOWLING = /^\d{1,2}(?:\.\d)?-\d{1,2}-\d{1,3}-\d{1,2}$/;
/** How a batsman was out, written in lower case between the names: caught, bowled, stumped, leg before. */
const DISMISSALS = new Set(['b', 'c', 'st', 'lbw']);
/** Batsmen not dismissed by a bowler: "run out", "not out", "retired hurt". */
const NOT_BOWLED = new Set(['run', 'not', 'retired']);

const text = (tokens: Token[], at: number): string => tokens[at]?.text ?? '';

/** The line of the token at `at` ends with the batsman's runs. */
function endsWithRuns(tokens: Token[], at: number): boolean {
  const line = tokens[at]?.line;
  let k = at;
  while (tokens[k + 1]?.line === line) k++;
  return /^\d{1,3}\*?$/.test(text(tokens, k));
}

/** The mention is a batsman's or a bowler's name on a scorecard's line. */
function onScorecard(tokens: Token[], m: Mention): boolean {
  if (BOWLING.test(text(tokens, m.to))) return true;
  const opens =
    m.from === 0 || tokens[m.from - 1]?.line !== tokens[m.from]?.line || isInitial(tokens, m.from);
  const next = text(tokens, m.to);
  if (
    opens &&
    (DISMISSALS.has(next) || (NOT_BOWLED.has(next) && /^(?:out|hurt)$/.test(text(tokens, m.to + 1))))
  )
    return endsWithRuns(tokens, m.from);
  const prev = text(tokens, m.from - 1);
  return (
    (DISMISSALS.has(prev) || (prev === '&' && text(tokens, m.from - 2) === 'c')) &&
    endsWithRuns(tokens, m.from)
  );
}

/** "I. Healy c …": the name opens its line after initials. */
function isInitial(tokens: Token[], from: number): boolean {
  let k = from;
  while (text(tokens, k - 1) === '.' && /^\p{Lu}$/u.test(text(tokens, k - 2))) k -= 2;
  return k < from && (k === 0 || tokens[k - 1]?.line !== tokens[k]?.line);
}

/**
 * Types as people the untyped names written as a cricket scorecard writes its players: a batsman's line
 * ("Waqar Younis lbw b Gough 4", "Hollioake run out 15") or a bowler's figures ("Muralitharan 10-0-41-2").
 * `types[i]` is the type of `groups[i]`; returns new types.
 */
export function typeScorecards(groups: EntityGroup[], types: EntityType[], tokens: Token[]): EntityType[] {
  return types.map((t, i) =>
    t === 'other' && (groups[i] as EntityGroup).mentions.some((m) => onScorecard(tokens, m)) ? 'person' : t,
  );
}
