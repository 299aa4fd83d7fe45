// "Committee to Boycott Nixon's Memoirs" leaves "Boycott Nixon", shaped like a person; the text writes "boycott"
// (or "boycotters") in lower case, which a given name is not: "Nixon" alone is Richard Nixon's.
import { GIVEN_NAMES } from './gazetteer';

// The endings an ordinary word takes in running text: "boycott" written "boycotts", "boycotted", "boycotters".
const ENDINGS = ['', 's', 'ed', 'ing', 'er', 'ers'];

/**
 * The two-word name opens with a word the text writes in lower case (itself or with an ending) that is no known
 * given name: no given name and surname. `lower`: folded words → times written in lower case.
 */
export function opensWithCommonWord(key: string, lower: ReadonlyMap<string, number>): boolean {
  const ws = key.split(' ');
  const first = ws[0] ?? '';
  if (ws.length !== 2 || first.length < 3 || GIVEN_NAMES.has(first)) return false;
  return ENDINGS.some((e) => (lower.get(first + e) ?? 0) > 0);
}
