// Names English writes with "of" or "and" between two words that head nothing on their own: an honour roll's
// "Hall of Fame" and "Walk of Fame" ("Rock and Roll Hall of Fame Induction"), and the music styles whose "and"
// is part of the word ("Rock and Roll", "Rhythm and Blues").
import type { Token } from './tokenize';

// "Hall of Fame", "Walk of Fame": the roll, not a hall and a fame.
const ROLLS = new Set(['hall', 'walk']);
// Styles written with "and", by their first and last word.
const STYLES = new Map([
  ['rock', 'roll'],
  ['rhythm', 'blues'],
  ['country', 'western'],
]);

/** The connector at `at` (one word) joins its neighbours into one of those names. */
export function joinsHonourRoll(tokens: readonly Token[], at: number): boolean {
  const left = tokens[at - 1]?.folded ?? '';
  const connector = tokens[at]?.text;
  const right = tokens[at + 1]?.folded ?? '';
  if (connector === 'of') return right === 'fame' && ROLLS.has(left);
  return connector === 'and' && STYLES.get(left) === right;
}
