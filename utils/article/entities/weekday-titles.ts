// "The Mail on Sunday", "the Observer on Sunday's poll": a paper named for its weekday edition. "Trump on Sunday
// said" writes a date after a name: the title shows itself by "The" written with a capital inside a sentence, or
// by an owner's "'s" on the day, and its name is never written without the day ("The Senate on Thursday passed",
// and "Senate Majority Leader" elsewhere). The article's other mentions of that title then join it too.
import { WEEKDAYS } from './lexicon';
import type { Token } from './tokenize';

type Run = [number, number];

// The name's words, the article or other small words before it aside ("A Mail on Sunday poll").
const nameKey = (tokens: readonly Token[], [a, b]: Run): string => {
  let from = a;
  while (from < b - 1 && tokens[from]?.stop) from++;
  return tokens
    .slice(from, b)
    .map((t) => t.folded)
    .join(' ');
};

/** Index of each run followed by "on" and a capitalised weekday run ("Mail" in "Mail on Sunday"). */
function beforeDays(tokens: readonly Token[], runs: readonly Run[]): number[] {
  const out: number[] = [];
  for (let i = 0; i + 1 < runs.length; i++) {
    const [, b] = runs[i] as Run;
    const [c, d] = runs[i + 1] as Run;
    const day = tokens[c];
    if (c === b + 1 && d === c + 1 && tokens[b]?.folded === 'on' && day?.capital && WEEKDAYS.has(day.folded))
      out.push(i);
  }
  return out;
}

/** Runs of a name, "on" and a weekday joined into one when the article writes them as a paper's title. */
export function joinWeekdayTitles(tokens: readonly Token[], runs: readonly Run[]): Run[] {
  const before = beforeDays(tokens, runs);
  if (before.length === 0) return [...runs];
  const titled = new Set<string>();
  for (const i of before) {
    const run = runs[i] as Run;
    const opener = tokens[run[0]];
    const day = tokens[(runs[i + 1] as Run)[0]];
    // "launched The Mail on Sunday", not "WASHINGTON — The Senate on Thursday" (a sentence's start all the same).
    const midThe = opener?.text === 'The' && !opener.initial && tokens[run[0] - 1]?.isWord === true;
    if (day?.possessive || midThe) titled.add(nameKey(tokens, run));
  }
  // The name written in any other run ("Senate Majority Leader John Thune") is a name of its own.
  const dated = new Set(before);
  for (const [i, run] of runs.entries()) {
    if (dated.has(i)) continue;
    const other = ` ${nameKey(tokens, run)} `;
    for (const name of titled) if (other.includes(` ${name} `)) titled.delete(name);
  }
  const join = new Set(before.filter((i) => titled.has(nameKey(tokens, runs[i] as Run))));
  const out: Run[] = [];
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i] as Run;
    if (join.has(i)) {
      out.push([run[0], (runs[i + 1] as Run)[1]]);
      i++;
    } else out.push(run);
  }
  return out;
}

/** Whether the span [a, b) is such a title, whose weekday is its last word, not a date to cut off. */
export const endsWeekdayTitle = (tokens: readonly Token[], a: number, b: number): boolean =>
  b - a > 2 && tokens[b - 2]?.folded === 'on' && WEEKDAYS.has(tokens[b - 1]?.folded ?? '');
