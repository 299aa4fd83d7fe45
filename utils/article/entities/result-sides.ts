// "Arsenal beat Chelsea 2-1", "Surrey beat Yorkshire by six wickets", « Lyon a battu Nice 3-0 »: two names joined by
// a result's verb, a score or a margin after the second, are the two sides of a match, names though written once
// and opening a sentence, and a town or a county named so is its team.
import { words } from './gazetteer/set';
import { isNameToken } from './span';
import type { Token } from './tokenize';

const RESULT_VERBS =
  words(`beat beats defeated defeat defeats thrashed thrash edged edge overcame routed hammered
  stunned downed drew draw outclassed routs rout rolled cruised battu bat battent ecrase domine dominent surclasse`);
// The most lower-case words between the sides ("drew with", « a battu », « ont largement battu »).
const MAX_BETWEEN = 3;
const SCORE = /^\d{1,3}[-–]\d{1,3}$/;
const DIGITS = /^\d{1,3}$/;
const DASHES = new Set(['-', '–']);
// Margins of team games only: a golfer wins by strokes, a boxer on points.
const MARGINS = words('runs run wickets wicket goals goal innings');

/** A score or a margin opens at `at`: "2-1", "3 – 0", "by six wickets", "by 23 runs", "by an innings". */
function scoreAt(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at];
  if (!t) return false;
  // "6-4 6-3", "6-4, 7-5": sets of a singles match, whose sides are players.
  if (SCORE.test(t.text)) return !setFollows(tokens, at + 1);
  if (DIGITS.test(t.text))
    return DASHES.has(tokens[at + 1]?.text ?? '') && DIGITS.test(tokens[at + 2]?.text ?? '');
  return t.folded === 'by' && MARGINS.has(tokens[at + 2]?.folded ?? '');
}

/** A score or a margin opens at `at`, or after a comma there ("rolled past Dayton, 45-17"). */
const scoreAfter = (tokens: readonly Token[], at: number): boolean =>
  scoreAt(tokens, tokens[at]?.text === ',' ? at + 1 : at);

/** Another score follows at `at`, after a comma or not. */
const setFollows = (tokens: readonly Token[], at: number): boolean =>
  SCORE.test(tokens[at]?.text ?? '') || (tokens[at]?.text === ',' && /^\d/.test(tokens[at + 1]?.text ?? ''));

/** Where the lower-case words with a result's verb ending at `at - 1` start (they follow a name), or -1. */
function resultBefore(tokens: readonly Token[], at: number): number {
  let k = at - 1;
  let verb = false;
  while (at - k <= MAX_BETWEEN && tokens[k]?.isWord && !tokens[k]?.capital) {
    verb ||= RESULT_VERBS.has(tokens[k]?.folded ?? '');
    k--;
  }
  const left = tokens[k];
  return verb && isNameToken(left) && left.sentence === tokens[at]?.sentence ? k + 1 : -1;
}

/** One past the name run opening at `at`. */
function runEnd(tokens: readonly Token[], at: number): number {
  let j = at;
  while (isNameToken(tokens[j]) && tokens[j]?.sentence === tokens[at]?.sentence) j++;
  return j;
}

/** The name at tokens[from..to) is a side of a result written in a sentence (see the file's comment). */
export function isResultSide(tokens: readonly Token[], from: number, to: number): boolean {
  // The second side: the result's words before it, the score after it.
  if (resultBefore(tokens, from) >= 0 && scoreAfter(tokens, to)) return true;
  // The first side: the result's words after it, then the second side and its score.
  let k = to;
  while (k - to < MAX_BETWEEN && tokens[k]?.isWord && !tokens[k]?.capital) k++;
  if (k === to || !isNameToken(tokens[k]) || resultBefore(tokens, k) !== to) return false;
  return scoreAfter(tokens, runEnd(tokens, k));
}
