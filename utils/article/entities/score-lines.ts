import type { EntityType } from '@/utils/article/types';
import { inFixture } from './fixtures';
import { COUNTRY_NAMES } from './gazetteer';
import type { EntityGroup } from './group';
import { closesLine, nameRunEnd, nameRunFromLineStart, opensLine } from './line-names';
import type { Mention } from './mention';
import type { Token } from './tokenize';

const SCORE = /^\d{1,3}$/;
// Won, lost (and tied), then the winning percentage: "69 65 .515", written "69 65.515" once tokens are joined.
const WIN_PERCENTAGE = /^(?:\d{1,3} ){1,2}\d{0,3}\.\d{3}(?!\d)/;

/**
 * Types as organisations the sides of score lines ("Pohang 3 Ulsan 2", "San Diego 3 New York 2 (halftime
 * 1-0)"): a line made of two names, each followed by its score, reports a match, and a city named so is its
 * team; so are the rows of a league table ("Greenock Morton 3 2 0 1 5 2 6", "Boston 69 65 .515 5", see
 * `isStandingsRow`) and, on a page with such lines, the two names of a fixture's line ("Chicago at Toronto",
 * "Essex v Kent"). A group keeps
 * its type unless at least half of its mentions stand in such lines, and a person stays one (`types[i]` is the
 * type of `groups[i]`); returns new types.
 */
export function typeScoreLines(groups: EntityGroup[], types: EntityType[], tokens: Token[]): EntityType[] {
  const sides = new Set<number>();
  const fixtures: number[] = [];
  for (const g of groups) {
    for (const m of g.mentions) {
      if (opensLine(tokens, m.from) && isStandingsRow(tokens, m.to)) sides.add(m.from);
      if (onScoreLine(tokens, m) || (m.side === true && !namesCountry(g))) sides.add(m.from);
      if (inFixture(tokens, m)) fixtures.push(m.from);
    }
  }
  // "Chicago at Toronto" alone is a headline's word play as often as a fixture: only results make it one.
  if (sides.size > 0) for (const f of fixtures) sides.add(f);
  return types.map((t, i) => {
    const ms = (groups[i] as EntityGroup).mentions;
    const inLines = ms.filter((m) => sides.has(m.from)).length;
    return t !== 'person' && inLines > 0 && 2 * inLines >= ms.length ? 'organization' : t;
  });
}

/** A country's side stays a place, as news and its readers write it ("France beat Italy 2-1"). */
const namesCountry = (g: EntityGroup): boolean => [...g.keys].some((k) => COUNTRY_NAMES.has(k));

/**
 * The mention is one side of a line made of two names each followed by its score ("Partick 1 St Mirren 1"),
 * whether or not the other side is a name found elsewhere.
 */
function onScoreLine(tokens: Token[], m: Mention): boolean {
  if (!isScore(tokens, m.to, m.from)) return false;
  if (opensLine(tokens, m.from)) {
    const end = nameRunEnd(tokens, m.to + 1);
    return end > m.to + 1 && isScore(tokens, end, m.from) && closesLine(tokens, end + 1);
  }
  return (
    closesLine(tokens, m.to + 1) &&
    isScore(tokens, m.from - 1, m.from) &&
    nameRunFromLineStart(tokens, m.from - 1) >= 0
  );
}

/** The token at `at` is a score on the line of the token at `from`. */
const isScore = (tokens: Token[], at: number, from: number): boolean =>
  SCORE.test(tokens[at]?.text ?? '') && tokens[at]?.line === tokens[from]?.line;

// Played, won, drawn, lost, goals for and against, points: a league table's row has five numbers or more, some of
// them single figures; a golf card's rounds ("63 65 66 194") have none.
const STANDINGS_MIN = 5;
const SINGLE_FIGURES_MIN = 2;

/**
 * The line goes on from `at` with numbers only, as a league table's row does after the side's name: goals and
 * points, or games won and lost and the winning percentage ("69 65 .515 5 1/2").
 */
function isStandingsRow(tokens: Token[], at: number): boolean {
  const line = tokens[at - 1]?.line;
  const rest: string[] = [];
  for (let k = at; tokens[k]?.line === line; k++) rest.push(tokens[k]?.text ?? '');
  if (rest.every((t) => SCORE.test(t)))
    return rest.length >= STANDINGS_MIN && rest.filter((n) => n.length === 1).length >= SINGLE_FIGURES_MIN;
  return (
    rest.every((t) => /^[\d.\-/]+$/.test(t)) && WIN_PERCENTAGE.test(rest.join(' ').replace(/ ?\. ?/g, '.'))
  );
}
