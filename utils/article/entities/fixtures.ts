import { closesLine, nameRunEnd, nameRunFromLineStart, opensLine } from './line-names';
import type { Mention } from './mention';
import type { Token } from './tokenize';

// The word between the two sides of a fixture's line: "Chicago at Toronto", "Essex v Kent".
const FIXTURE_JOINS = new Set(['at', 'v', 'vs']);
// Where a fixture opens: a line, or an item of a list ("Postponed: East Fife v Clydebank, St Johnstone v …").
const ITEM_OPENERS = new Set([':', ',', ';']);
const ITEM_CLOSERS = new Set([',', ';', '.']);

/**
 * The mention is one side of a fixture ("Chicago at Toronto" alone on its line, "East Fife v Clydebank" in a
 * list of them), the other side written in capitals whether or not it is a name found elsewhere.
 */
export function inFixture(tokens: Token[], m: Mention): boolean {
  const join = tokens[m.to]?.folded ?? '';
  if (FIXTURE_JOINS.has(join)) {
    const end = nameRunEnd(tokens, m.to + 1);
    if (end === m.to + 1) return false;
    if (opensLine(tokens, m.from) && closesLine(tokens, end, true)) return true;
    return join !== 'at' && opensItem(tokens, m.from) && closesItem(tokens, end);
  }
  const before = tokens[m.from - 1]?.folded ?? '';
  if (!FIXTURE_JOINS.has(before) || nameRunEnd(tokens, m.from) !== m.to) return false;
  if (before === 'at') return closesLine(tokens, m.to, true) && nameRunFromLineStart(tokens, m.from - 1) >= 0;
  let k = m.from - 1;
  while (k > 0 && tokens[k - 1]?.line === tokens[m.from]?.line && tokens[k - 1]?.isWord) k--;
  return nameRunEnd(tokens, k) === m.from - 1 && opensItem(tokens, k) && closesItem(tokens, m.to);
}

const opensItem = (tokens: Token[], at: number): boolean =>
  opensLine(tokens, at) || ITEM_OPENERS.has(tokens[at - 1]?.text ?? '');
const closesItem = (tokens: Token[], at: number): boolean =>
  closesLine(tokens, at, true) || ITEM_CLOSERS.has(tokens[at]?.text ?? '');
