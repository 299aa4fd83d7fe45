import type { Token } from './tokenize';

// The capitalised words of a table's or a list's line, whether or not they are names found elsewhere.

/** Lower-case words inside a side's name: "Queen of the South", "Brighton and Hove Albion". */
const NAME_LINKS = new Set(['of', 'the', 'and', '&', 'de', 'du', 'la', 'le']);

/** One past the last token of the capitalised words from `from` on its line (`from` when there are none). */
export function nameRunEnd(tokens: Token[], from: number): number {
  const line = tokens[from]?.line;
  let k = from;
  while (
    tokens[k]?.line === line &&
    tokens[k]?.isWord &&
    (tokens[k]?.capital || NAME_LINKS.has(tokens[k]?.folded ?? ''))
  )
    k++;
  while (k > from && !tokens[k - 1]?.capital) k--;
  return k;
}

/** The first token of the capitalised words that end just before `end`, from the start of their line, or -1. */
export function nameRunFromLineStart(tokens: Token[], end: number): number {
  let k = end;
  while (k > 0 && tokens[k - 1]?.line === tokens[end - 1]?.line) k--;
  return k < end && nameRunEnd(tokens, k) === end && tokens[k]?.capital ? k : -1;
}

/** The token at `at` opens its line. */
export const opensLine = (tokens: Token[], at: number): boolean =>
  at === 0 || tokens[at - 1]?.line !== tokens[at]?.line;

/** The line ends at `at`, or (unless `strict`) a bracket or comma opens a note there ("(halftime 1-0)"). */
export function closesLine(tokens: Token[], at: number, strict = false): boolean {
  const t = tokens[at];
  return !t || t.line !== tokens[at - 1]?.line || (!strict && (t.text === '(' || t.text === ','));
}
