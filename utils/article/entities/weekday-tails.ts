// "said on Twitter Tuesday", "appeared in Court Saturday": news writes the day straight after a name. "Black
// Friday" and "Super Tuesday" are names of a word and a weekday; what tells them apart is the word before the day:
// a name the gazetteer knows, or one written elsewhere as a name without the day and never in lower case (an
// ordinary word, "black", "super").
import { isKnownName } from './gazetteer';
import { WEEKDAYS } from './lexicon';
import type { Token } from './tokenize';

type Run = [number, number];

const LOWER_START = /^\p{Ll}/u;

/** A run of one word and a weekday ("Twitter Tuesday"). */
const dated = (tokens: readonly Token[], [a, b]: Run): boolean =>
  b - a === 2 && WEEKDAYS.has(tokens[a + 1]?.folded ?? '');

/**
 * Runs of one word and a weekday cut before the day when the word is a known name, or when the article names it
 * elsewhere without a day after it and never writes it in lower case.
 */
export function cutWeekdayTails(tokens: readonly Token[], runs: readonly Run[]): Run[] {
  const heads = new Set(runs.filter((r) => dated(tokens, r)).map(([a]) => tokens[a]?.folded ?? ''));
  if (heads.size === 0) return [...runs];
  const named = new Set<string>();
  for (const r of runs) {
    if (dated(tokens, r)) continue;
    for (let k = r[0]; k < r[1]; k++) {
      const folded = tokens[k]?.folded ?? '';
      if (heads.has(folded)) named.add(folded);
    }
  }
  for (const t of tokens) if (heads.has(t.folded) && LOWER_START.test(t.text)) named.delete(t.folded);
  for (const h of heads) if (isKnownName(h)) named.add(h);
  return runs.map(
    (r): Run => (dated(tokens, r) && named.has(tokens[r[0]]?.folded ?? '') ? [r[0], r[0] + 1] : r),
  );
}
