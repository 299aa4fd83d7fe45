// "Salt and Silver", ‘Pride and Prejudice’: English quotes the titles of works whole, so the lower-case function
// words inside a quotation that holds nothing but capitalised words and them belong to one name.
import type { Token } from './tokenize';

const OPENING = new Set(['"', '“', '‘', "'"]);
const CLOSING = new Set(['"', '”', '’', "'"]);
// Function words English leaves in lower case inside a title.
const TITLE_WORDS = new Set('and of the in on for to with a an at from by or'.split(' '));
const MAX_TOKENS = 8;

const touches = (a: Token, b: Token): boolean => a.start + a.text.length === b.start;

/**
 * One past the quoted title that starts at `start`, when a quotation mark opens right before it and closes
 * right after its last capitalised word (or after a comma or full stop there), with only lower-case function
 * words between capitalised ones; else `start`.
 */
export function quotedTitleEnd(tokens: readonly Token[], start: number): number {
  const open = tokens[start - 1];
  const first = tokens[start];
  if (!open || !first || !OPENING.has(open.text) || !touches(open, first)) return start;
  let j = start;
  let inner = false;
  while (j - start < MAX_TOKENS) {
    const t = tokens[j];
    if (!t?.isWord || t.line !== first.line) break;
    if (t.capital && t.nameLike && !t.headline) j++;
    else if (TITLE_WORDS.has(t.text) && j > start) {
      inner = true;
      j++;
    } else break;
  }
  const last = tokens[j - 1] as Token;
  if (!inner || !last.capital || last.stop) return start;
  const after = tokens[j];
  const close = after && /^[,.]$/.test(after.text) ? tokens[j + 1] : after;
  if (!after || !close || !CLOSING.has(close.text) || !touches(last, after)) return start;
  return j;
}
